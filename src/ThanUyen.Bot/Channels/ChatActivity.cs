using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Channels;

/// <summary>
/// The host's <see cref="IChatActivity"/>: a turn building something slow (an export, a digest chart) shows the
/// person "typing…" / "sending a file…" through their channel's chat action, repeated while it lasts. Only for
/// channels that have chat actions (<see cref="ChannelCapabilities.ChatActions"/>).
/// </summary>
public sealed class ChatActivity(IEnumerable<IChatChannel> channels, ChannelDirectory directory) : IChatActivity
{
    private static readonly NoChatActivity NoActivity = new();
    private readonly Dictionary<string, IChatChannel> _channels = channels.ToDictionary(c => c.Name);

    public IDisposable Show(ChatAddress chat, ChatAction action)
    {
        if (!directory.For(chat).ChatActions || !_channels.TryGetValue(chat.Channel, out var channel))
            return NoActivity.Show(chat, action);
        return ChatActionLoop.Start(ct => channel.SendActionAsync(chat, action, ct));
    }
}
