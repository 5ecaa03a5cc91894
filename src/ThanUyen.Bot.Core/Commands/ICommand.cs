using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>A slash command. One class per command in Commands/.</summary>
public interface ICommand
{
    /// <summary>Without "/": "invite".</summary>
    string Name { get; }
    IReadOnlyList<string> Aliases => [];

    /// <summary>Null: anyone may use it, even before registering (/start, /help).</summary>
    Role? MinimumRole { get; }

    /// <summary>Vietnamese, for /help and Telegram's command list.</summary>
    string Description { get; }

    /// <summary>
    /// The description a person of <paramref name="role"/> reads (null: not registered): a command with parts
    /// only admins may use mentions them to admins only.
    /// </summary>
    string DescriptionFor(Role? role) => Description;

    /// <summary>
    /// Whether /help shows it on this platform: a setting the platform cannot honour (spoken questions where no
    /// audio can be sent) is not offered there.
    /// </summary>
    bool ShownOn(Chat.ChannelCapabilities channel) => true;

    /// <summary>A file sent with nothing else said goes to this command (the register spreadsheet).</summary>
    bool TakesDocuments => false;

    /// <summary>Runs inside the message's transaction; replies through <paramref name="turn"/>.</summary>
    void Execute(Turn turn, string args);
}
