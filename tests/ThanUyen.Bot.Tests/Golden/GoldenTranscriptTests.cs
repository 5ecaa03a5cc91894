using System.Runtime.CompilerServices;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Golden;

/// <summary>
/// Replays every golden transcript (Golden/&lt;flow&gt;/*.txt) on the real core and compares the bot's answers with
/// the file. A change in what the bot says fails here until the files are updated on purpose:
/// UPDATE_GOLDEN=1 dotnet test --filter GoldenTranscript rewrites them (then read the diff before committing).
/// </summary>
public sealed class GoldenTranscriptTests
{
    private static string Folder([CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder(), "*.txt", SearchOption.AllDirectories).Order())
            data.Add(Path.GetRelativePath(Folder(), file).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_transcript_replays_as_written(string file)
    {
        var path = Path.Combine(Folder(), file);
        var written = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var replayed = Replay(GoldenTranscript.Read(written));
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, replayed);
            return;
        }
        var (expected, actual) = (written.Split('\n'), replayed.Split('\n'));
        var at = Enumerable
            .Range(0, Math.Min(expected.Length, actual.Length))
            .FirstOrDefault(i => expected[i] != actual[i]);
        Assert.True(
            written == replayed,
            $"{file} line {at + 1}:\n  written:  {expected.ElementAtOrDefault(at)}\n"
                + $"  replayed: {actual.ElementAtOrDefault(at)}"
                + "\n(UPDATE_GOLDEN=1 rewrites the file when the change is meant.)"
        );
    }

    [Fact]
    public void The_messy_buffalo_sale_takes_seven_messages_and_saves_what_was_meant()
    {
        var inputs = GoldenTranscript
            .Read(File.ReadAllText(Path.Combine(Folder(), "sale", "messy-buffalo.txt")))
            .Lines.Where(l => l.IsInput)
            .Select(l => l.Text[2..])
            .ToList();
        using var bot = new TestBot();
        bot.Register(People.Chua, Role.Member, "pa khom");
        foreach (var input in inputs)
            bot.Say(People.Chua, input);
        // 36 messages for the tester, 17 replayed on 5890757 retrying each refusal once; the target is 12.
        Assert.Equal(7, inputs.Count);
        var report = Assert.Single(bot.Db.Reports.FindAll());
        var sale = report.FactsAs<Core.Reports.Kinds.Sale.SaleFacts>()!;
        Assert.Equal(
            ("buffalo", 2m, "con", 30_000_000m, 15_000_000m, "trader", null),
            (sale.Product, sale.Quantity, sale.Unit, sale.Total, sale.UnitPrice, sale.Buyer, sale.Household)
        );
        Assert.Equal(new DateTime(2026, 11, 24), report.EventDate);
    }

    /// <summary>Runs the transcript's inputs as its person, on a fresh bot, and writes the file anew.</summary>
    public static string Replay(GoldenTranscript transcript)
    {
        using var bot = new TestBot();
        var person = People.Chua;
        bot.Register(People.Chua, Role.Member, "pa khom");
        var replay = new List<(GoldenTranscript.Line, IReadOnlyList<OutgoingMessage>)>();
        List<OutgoingMessage> last = [];
        foreach (var line in transcript.Lines)
        {
            IReadOnlyList<OutgoingMessage> answers = [];
            if (line.IsDirective)
                person = Directive(bot, line.Text, person);
            else if (line.IsInput)
            {
                var input = line.Text[2..];
                answers = last =
                    input.StartsWith('[') && input.EndsWith(']')
                        ? bot.Press(person, Button(last, input[1..^1]))
                        : bot.Say(person, input);
            }
            replay.Add((line, [.. answers.Where(a => a.Kind == OutgoingKind.Message)]));
        }
        return transcript.Write(replay);
    }

    private static string Button(List<OutgoingMessage> last, string label) =>
        last.Last(m => m.Choices.Count > 0).Choices.First(c => c.Label == label).Data;

    /// <summary>"@as admin", "@as officer pha mu", "@as member tham phe", "@after 2 days".</summary>
    private static Person Directive(TestBot bot, string text, Person person)
    {
        var words = text[1..].Split(' ', 2);
        switch (words[0])
        {
            case "as" when words[1] == "admin":
                return People.Admin;
            case "as" when words[1].StartsWith("officer ", StringComparison.Ordinal):
                bot.Register(People.Sung, Role.Officer, words[1]["officer ".Length..]);
                return People.Sung;
            case "as" when words[1].StartsWith("member ", StringComparison.Ordinal):
                bot.Register(People.Lan, Role.Member, words[1]["member ".Length..]);
                return People.Lan;
            case "after" when words[1].EndsWith(" days", StringComparison.Ordinal):
                bot.Clock.Advance(
                    TimeSpan.FromDays(int.Parse(words[1][..^5], System.Globalization.CultureInfo.InvariantCulture))
                );
                return person;
            default:
                throw new InvalidOperationException($"Unknown directive: {text}");
        }
    }
}
