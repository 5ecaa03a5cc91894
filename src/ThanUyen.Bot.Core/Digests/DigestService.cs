using LiteDB;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Digests;

/// <summary>Loads a commune's week from the database, builds the digest, and queues it for officers.</summary>
public sealed class DigestService(BotDatabase db, IOptions<BotOptions> bot, IOptions<DigestOptions> options)
{
    private TimeZoneInfo Zone => bot.Value.Zone;

    public Digest Build(Commune commune, WeekRange week)
    {
        var zone = Zone;
        var from = week.Previous.StartUtc(zone);
        var start = week.StartUtc(zone);
        var end = week.EndUtc(zone);
        // The received-date index narrows to two weeks; the commune is filtered here (LiteDB uses one index per query).
        var twoWeeks = db
            .Reports.Find(
                Query.And(Query.GTE(nameof(Report.ReceivedAt), from), Query.LT(nameof(Report.ReceivedAt), end))
            )
            .Where(r => r.CommuneId == commune.Id)
            .ToList();
        var villages = db.Villages.Find(v => v.CommuneId == commune.Id).ToList();
        var villageIds = villages.Select(v => v.Id).ToHashSet();
        var subProjects = db.SubProjects.FindAll().Where(s => villageIds.Contains(s.VillageId)).ToList();
        // "From" of from → to: the last percent of the week before (each report also carries its own previous percent).
        var before = twoWeeks
            .Where(r => r.ReceivedAt < start && r.Progress is not null)
            .GroupBy(r => r.Progress!.SubProjectId)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.ReceivedAt)!);
        var members = db
            .Members.Find(m => m.Active && m.Role == Role.Member && m.CommuneId == commune.Id)
            .OrderBy(m => m.Name)
            .ToList();
        return DigestBuilder.Build(
            new DigestInput(
                commune,
                week,
                zone,
                twoWeeks.Where(r => r.ReceivedAt >= start).ToList(),
                twoWeeks.Where(r => r.ReceivedAt < start).ToList(),
                before,
                subProjects,
                villages,
                members
            )
        );
    }

    /// <summary>The digest as outbox messages for one chat: the text, then the chart.</summary>
    public List<OutgoingMessage> Messages(
        Digest digest,
        ChatAddress to,
        OutboxPriority priority,
        DateTime nowUtc,
        byte[]? chart
    )
    {
        var messages = new List<OutgoingMessage> { New(to, digest.Text, priority, nowUtc) };
        if (chart is not null)
        {
            var photo = New(to, T.DigestChartCaption, priority, nowUtc);
            photo.PhotoBytes = chart;
            messages.Add(photo);
        }
        return messages;
    }

    /// <summary>
    /// The chart PNG, or null when charts are off or there is nothing to draw. Render once, send to many.
    /// </summary>
    public byte[]? Chart(Digest digest) =>
        options.Value.Chart && digest.Figures.HasChartData ? DigestChart.Render(digest.Figures) : null;

    private static OutgoingMessage New(ChatAddress to, string text, OutboxPriority priority, DateTime now) =>
        new()
        {
            Chat = to.ToString(),
            Text = text,
            Priority = priority,
            CreatedAt = now,
            NextAttemptAt = now,
        };

    public List<Member> OfficersOf(string communeId) =>
        db.Members.Find(m => m.Active && m.Role == Role.Officer && m.CommuneId == communeId).ToList();
}
