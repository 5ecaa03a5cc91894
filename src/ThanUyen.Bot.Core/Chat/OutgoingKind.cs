namespace ThanUyen.Bot.Core.Chat;

/// <summary>
/// What an outbox entry asks the channel to do. Only channels whose capabilities allow it get the others.
/// </summary>
public enum OutgoingKind
{
    /// <summary>A new message in the chat.</summary>
    Message = 0,

    /// <summary>
    /// Change a message already sent (<see cref="OutgoingMessage.EditOf"/>): its text (empty: keep the text) and
    /// its buttons (none: remove them). Needs <see cref="ChannelCapabilities.Edits"/>.
    /// </summary>
    Edit = 1,

    /// <summary>
    /// The commands this chat may use changed (registration, a role change): the choices are the new list
    /// (label = description, data = command). Needs <see cref="ChannelCapabilities.CommandLists"/>.
    /// </summary>
    Commands = 2,
}
