using Telegram.Bot.Types;
using ThanUyen.Bot.Core.Commands;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Channels.Telegram;

/// <summary>The commands shown in Telegram's "/" menu (setMyCommands), with Vietnamese descriptions.</summary>
public sealed class TelegramCommandList(FlowRunner runner, CommandRegistry registry)
{
    public List<BotCommand> Build()
    {
        var list = runner
            .All.Where(f => f.Commands.Count > 0)
            .Select(f => new BotCommand { Command = f.Commands[0], Description = f.Description })
            .ToList();
        list.AddRange(
            registry
                .All.Where(c => c.MinimumRole is null or Core.Community.Role.Member)
                .Select(c => new BotCommand { Command = c.Name, Description = c.Description })
        );
        list.Add(new BotCommand { Command = "back", Description = "Quay lại câu hỏi trước" });
        list.Add(new BotCommand { Command = "cancel", Description = "Hủy báo cáo đang làm" });
        return list;
    }
}
