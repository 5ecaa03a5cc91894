using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Reports;

/// <summary>
/// What every report flow does at "✅ Lưu": stamp who/where/when, save or update, reply with the code.
/// </summary>
public static class ReportWriter
{
    public static void Save(
        Turn turn,
        IFlow flow,
        ConversationState state,
        Answers answers,
        ReportKind kind,
        string villageId,
        DateOnly eventDate,
        Action<Report> fill,
        string summary
    )
    {
        var catalogue = new CatalogueStore(turn.Db);
        var report = new Report
        {
            Kind = kind,
            SubmissionKey = $"{state.Id}:{state.StartedAt.Ticks}",
            ReporterId = turn.Member!.Id,
            ReporterName = turn.Member.Name,
            Chat = turn.Chat.ToString(),
            VillageId = villageId,
            CommuneId = catalogue.Village(villageId)?.CommuneId ?? "",
            EventDate = eventDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified),
            ReceivedAt = turn.Now,
            Answers = new Dictionary<string, string>(answers.Values),
        };
        if (turn.Message.ChannelMessageId is { } messageId)
            report.ChannelMessageIds.Add(messageId);
        fill(report);
        var store = new ReportStore(turn.Db);
        if (state.ReportCode is { } code && store.Find(code) is { } existing)
        {
            store.Update(
                existing,
                report,
                turn,
                (key, value) =>
                    flow.Steps.FirstOrDefault(s => s.Key == key) is { } step
                        ? FlowRunner.Shown(turn, step, answers, value)
                        : value
            );
            turn.Reply(T.ReportUpdated(existing.Code, summary));
            return;
        }
        var (saved, _) = store.Create(report);
        turn.Reply(T.ReportSaved(saved.Code, summary));
    }

    /// <summary>The village a report is about: chosen (admins) or the member's own.</summary>
    public static string? VillageOf(Turn turn, Answers answers) => answers.Get("village") ?? turn.Member?.VillageId;

    public static List<string> Photos(string? stored) =>
        stored?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList() ?? [];

    /// <summary>The village step: admins choose, members report for their own village.</summary>
    public static ChoiceStep VillageStep() =>
        new(
            "village",
            "Bản",
            (_, _) => T.AskVillage,
            (turn, _) => new CatalogueStore(turn.Db).Villages().Select(v => new Option(v.Id, $"🏡 {v.Name}")).ToList()
        )
        {
            SkipWhen = (turn, _) => turn.Member is { Role: not Role.Admin } && turn.Member.VillageId is not null,
        };
}
