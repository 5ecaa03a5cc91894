using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Reports;

/// <summary>
/// What every report flow does at "✅ Lưu": stamp who/where/when, save or update, reply with the code.
/// </summary>
public static class ReportWriter
{
    /// <summary>
    /// Saves the flow's answers as a report of the flow's kind. The place is the one given
    /// (<paramref name="villageId"/>, e.g. the work's village), else the answered village, else — when editing —
    /// the report's own place (an admin editing a member's report does not move it), else the reporter's village.
    /// </summary>
    public static void Save(
        Turn turn,
        IFlow flow,
        ConversationState state,
        Answers answers,
        DateOnly eventDate,
        ReportFacts facts,
        string summary,
        string? villageId = null
    )
    {
        var existing = state.ReportCode is { } code ? turn.Reports.Find(code) : null;
        var village = villageId ?? answers.Get("village") ?? existing?.VillageId ?? turn.Member?.VillageId ?? "";
        var report = new Report
        {
            FlowId = flow.Id,
            SubmissionKey = $"{state.Id}:{state.StartedAt.Ticks}",
            ReporterId = turn.Member!.Id,
            ReporterName = turn.Member.Name,
            Chat = turn.Chat.ToString(),
            VillageId = village,
            CommuneId = turn.Catalogue.Village(village)?.CommuneId ?? "",
            EventDate = eventDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified),
            ReceivedAt = turn.Now,
            Answers = new Dictionary<string, string>(answers.Values),
            Facts = facts,
        };
        if (turn.Message.ChannelMessageId is { } messageId)
            report.ChannelMessageIds.Add(messageId);
        if (existing is not null)
        {
            var before = Media.ReportMedia.All(existing).Select(m => m.Reference).ToList();
            turn.Reply(T.ReportUpdated(existing.Code, summary));
            Update(turn, flow, existing, report, answers);
            Media.MediaKeeping.Saved(turn.Stores, existing, before, turn.Now);
            return;
        }
        var (saved, created) = turn.Reports.Create(report);
        Media.MediaKeeping.Saved(turn.Stores, saved, [], turn.Now);
        turn.Reply(T.ReportSaved(saved.Code, summary));
        if (created)
            turn.Reviews?.Submitted(turn, saved);
    }

    /// <summary>
    /// Replaces a report's answers, facts and place, recording each change (old → new) in the audit log.
    /// </summary>
    private static void Update(Turn turn, IFlow flow, Report report, Report changed, Answers answers)
    {
        foreach (var key in report.Answers.Keys.Union(changed.Answers.Keys).Order(StringComparer.Ordinal))
        {
            var old = report.Answers.GetValueOrDefault(key);
            var now = changed.Answers.GetValueOrDefault(key);
            if (old == now)
                continue;
            var step = flow.Steps.FirstOrDefault(s => s.Key == key);
            turn.Audit("report.edit", report.Code, $"{step?.Label ?? key}: {Shown(old)} → {Shown(now)}");

            string Shown(string? value) =>
                value is null ? "—"
                : value.Length == 0 ? T.SkippedMark
                : step is null ? value
                : step.Display(turn, answers, value);
        }
        if (report.VillageId != changed.VillageId)
        {
            var from = turn.Catalogue.Village(report.VillageId)?.Name ?? "—";
            var to = turn.Catalogue.Village(changed.VillageId)?.Name ?? "—";
            turn.Audit("report.place", report.Code, $"{from} → {to}");
        }
        report.Answers = changed.Answers;
        report.EventDate = changed.EventDate;
        report.VillageId = changed.VillageId;
        report.CommuneId = changed.CommuneId;
        report.Facts = changed.Facts;
        report.UpdatedAt = turn.Now;
        turn.Reports.Save(report);
        turn.Reviews?.Edited(turn, report);
    }

    public static List<string> Photos(string? stored) =>
        stored?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList() ?? [];

    /// <summary>The village step: admins choose, members report for their own village.</summary>
    public static ChoiceStep VillageStep() =>
        new(
            "village",
            "Bản",
            (_, _) => T.AskVillage,
            (turn, _) => turn.Catalogue.Villages().Select(v => new Option(v.Id, $"🏡 {v.Name}")).ToList()
        )
        {
            SkipWhen = (turn, _) => turn.Member is { Role: not Role.Admin } && turn.Member.VillageId is not null,
        };
}
