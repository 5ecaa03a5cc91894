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

    public ScriptedConsole() => IO = new ConsoleIO(new Reader(_lines.Reader), new Writer(Printed));

    public void Type(string line) => _lines.Writer.TryWrite(line);

    public void EndOfInput() => _lines.Writer.TryWrite(null);

    private sealed class Reader(ChannelReader<string?> lines) : TextReader
    {
        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) =>
            await lines.ReadAsync(cancellationToken);

        public override string? ReadLine() => lines.ReadAsync().AsTask().GetAwaiter().GetResult();
    }

    private sealed class Writer(ConcurrentQueue<string> printed) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(string? value)
        {
            if (value is not null)
                printed.Enqueue(value);
        }

        public override void Write(char value) => printed.Enqueue(value.ToString());
    }
}
