using Telegram.Bot.Types;
using ThanUyen.Bot.Core.Commands;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Channels.Telegram;

/// <summary>
/// The default commands of Telegram's "/" menu (setMyCommands), with Vietnamese descriptions: what a chat sees
/// until its own list is set at registration (Core.Commands.MenuCommands).
/// </summary>
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
        list.Add(new BotCommand { Command = "back", Description = Core.Texts.Texts.BackDescription });
        list.Add(new BotCommand { Command = "cancel", Description = Core.Texts.Texts.CancelDescription });
        return list;
    }
}
