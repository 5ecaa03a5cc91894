namespace ThanUyen.Bot.Core.Chat;

/// <summary>How a sent message reads now, after the edits queued for it: its text and its buttons.</summary>
public sealed record ShownMessage(string Text, List<Choice> Choices, bool RequestLocation);
