using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;
using ThanUyen.Bot.Channels.Console;

namespace ThanUyen.Bot.Tests.Infra;

/// <summary>
/// A terminal for the console channel in-process: lines typed by the test, messages printed by the bot.
/// </summary>
public sealed class ScriptedConsole
{
    private readonly Channel<string?> _lines = Channel.CreateUnbounded<string?>();
    public ConcurrentQueue<string> Printed { get; } = new();
    public ConsoleIO IO { get; }

    /// <summary>Pulses after everything the bot prints.</summary>
    public Signal Changed { get; } = new();

    public ScriptedConsole() => IO = new ConsoleIO(new Reader(_lines.Reader), new Writer(Printed, Changed));

    /// <summary>Waits for the bot to print message number <paramref name="index"/> (from 0) and returns it.</summary>
    public Task<string> WaitForPrinted(int index, double seconds = 10) =>
        Eventually.Value(
            () => Printed.ToArray() is var printed && printed.Length > index ? printed[index] : null,
            TimeSpan.FromSeconds(seconds),
            $"the console to print message {index + 1}",
            () => string.Join('\n', Printed),
            Changed
        );

    public void Type(string line) => _lines.Writer.TryWrite(line);

    public void EndOfInput() => _lines.Writer.TryWrite(null);

    private sealed class Reader(ChannelReader<string?> lines) : TextReader
    {
        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) =>
            await lines.ReadAsync(cancellationToken);

        public override string? ReadLine() => lines.ReadAsync().AsTask().GetAwaiter().GetResult();
    }

    private sealed class Writer(ConcurrentQueue<string> printed, Signal changed) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(string? value)
        {
            if (value is null)
                return;
            printed.Enqueue(value);
            changed.Pulse();
        }

        public override void Write(char value)
        {
            printed.Enqueue(value.ToString());
            changed.Pulse();
        }
    }
}
