namespace ThanUyen.Bot.Channels.Console;

public sealed class ConsoleOptions
{
    public const string Section = "Console";

    /// <summary>Chat with the bot in the terminal as the local admin "console:local".</summary>
    public bool Enabled { get; set; } = true;
}
