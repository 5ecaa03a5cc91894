using System.Globalization;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Reports;

/// <summary>
/// A saved report's answers read back as its confirm step showed them (the flow's labels and each step's
/// Display, as seen by the person who filed it), and the places its location steps recorded.
/// </summary>
public sealed class ReportAnswers(
    Stores stores,
    FlowRunner runner,
    ChannelDirectory channels,
    IOptions<BotOptions> options,
    TimeProvider clock
)
{
    public IReadOnlyList<AnswerLine> Lines(Report report)
    {
        if (runner.Find(report.FlowId) is not { } flow)
            return report.Answers.Select(a => new AnswerLine(a.Key, a.Value)).ToList();
        var answers = new Answers(new Dictionary<string, string>(report.Answers));
        var turn = ReadingTurn(report);
        var lines = flow
            .Steps.Where(s => !s.Hidden && answers.Has(s.Key))
            .Select(s => new AnswerLine(
                s.Label,
                Safely(() => FlowRunner.Shown(turn, s, answers, report.Answers[s.Key])) ?? ""
            ))
            .ToList();
        if (Safely(() => flow.ExtraSummary(turn, answers).ToList()) is { } extra)
            lines.AddRange(extra.Select(l => new AnswerLine("", l)));
        return lines;
    }

    /// <summary>
    /// A report saved by an older version (or written by an import) may lack answers a step's Display or the
    /// flow's totals expect: show what can be shown rather than fail the page.
    /// </summary>
    private static TValue? Safely<TValue>(Func<TValue> read)
        where TValue : class
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is FormatException or KeyNotFoundException or NullReferenceException)
        {
            return null;
        }
    }

    /// <summary>Places answered with the phone's location button ("lat,lon"), in step order.</summary>
    public IReadOnlyList<(double Latitude, double Longitude)> Locations(Report report)
    {
        if (runner.Find(report.FlowId) is not { } flow)
            return [];
        var places = new List<(double, double)>();
        foreach (var step in flow.Steps.OfType<LocationStep>())
            if (report.Answers.GetValueOrDefault(step.Key)?.Split(',') is [var lat, var lon])
                if (
                    double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var la)
                    && double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo)
                )
                    places.Add((la, lo));
        return places;
    }

    /// <summary>A turn that only reads: the reporter, on the chat the report came from.</summary>
    private Turn ReadingTurn(Report report)
    {
        var chat = ChatAddress.TryParse(report.Chat, out var address) ? address : ChatAddress.ConsoleLocal;
        return new Turn(
            new IncomingMessage(chat, "read", MessageKind.Text),
            stores.Members.Find(report.ReporterId),
            clock.GetUtcNow().UtcDateTime,
            stores,
            options.Value,
            channels
        );
    }
}
