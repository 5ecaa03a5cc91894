namespace ThanUyen.Bot.Core.Chat;

/// <summary>
/// Shows a chat action ("typing…") in a chat right away and keeps it showing until disposed. Not durable and
/// not through the outbox: it is a hint while a turn builds something slow (an export, a chart) on the database
/// writer, when nothing the turn queues can be sent yet. The host implements it with the channels' actions.
/// </summary>
public interface IChatActivity
{
    IDisposable Show(ChatAddress chat, ChatAction action);
}
