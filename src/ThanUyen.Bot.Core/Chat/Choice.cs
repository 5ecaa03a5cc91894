namespace ThanUyen.Bot.Core.Chat;

/// <summary>A button. <paramref name="Data"/> is what comes back when it is pressed (≤ 64 bytes on Telegram).</summary>
public sealed record Choice(string Label, string Data);
