namespace ThanUyen.Bot.Channels.Console;

/// <summary>The terminal the console channel talks through (stdin/stdout; tests pass their own).</summary>
public sealed class ConsoleIO(TextReader input, TextWriter output)
{
    public TextReader In => input;
    public TextWriter Out => output;

    public static ConsoleIO Standard() => new(System.Console.In, System.Console.Out);
}
