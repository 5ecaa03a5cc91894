using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Digests;

/// <summary>Loads a commune's week from the stores, builds the digest, and turns it into outbox messages.</summary>
public sealed class DigestService(
    Stores stores,
    DigestBuilder builder,
    ChannelDirectory channels,
    IOptions<BotOptions> bot,
    IOptions<DigestOptions> options,
    IOptions<Reviews.ReviewOptions> reviews
)
{
    private TimeZoneInfo Zone => bot.Value.Zone;

    /// <summary>The digest as one message of up to <paramref name="maxLength"/> characters.</summary>
    public Digest Build(Commune commune, WeekRange week, int maxLength = 4096)
    {
        var zone = Zone;
        // The received-date index narrows to two weeks; the commune is filtered after (one index per query).
        var twoWeeks = stores.Reports.ReceivedBetween(week.Previous.StartUtc(zone), week.EndUtc(zone), commune.Id);
        return Build(commune, week, twoWeeks, maxLength);
    }

    /// <summary>
    /// The same digest from reports already read (a page showing several weeks and communes reads them once):
    /// <paramref name="reports"/> must hold at least the commune's reports received in the week and the one
    /// before, in id order; the others are left out here.
    /// </summary>
    public Digest Build(Commune commune, WeekRange week, IReadOnlyList<Report> reports, int maxLength)
    {
        var zone = Zone;
        var start = week.StartUtc(zone);
        var (from, to) = (week.Previous.StartUtc(zone), week.EndUtc(zone));
        var twoWeeks = reports.Where(r => r.CommuneId == commune.Id && r.ReceivedAt >= from && r.ReceivedAt < to);
        var villages = stores.Catalogue.VillagesOf(commune.Id);
        var villageIds = villages.Select(v => v.Id).ToHashSet();
        var subProjects = stores.Catalogue.SubProjects().Where(s => villageIds.Contains(s.VillageId)).ToList();
        var members = stores.Members.MembersOf(commune.Id).OrderBy(m => m.Name).ToList();
        // Figures count what Review:DigestCounts says (never rejected reports); the review line tells the rest.
        var thisWeek = twoWeeks.Where(r => r.ReceivedAt >= start).ToList();
        var counted = twoWeeks.Where(r => Reviews.ReviewDigest.Counts(r, reviews.Value)).ToList();
        return builder.Build(
            new DigestInput(
                commune,
                week,
                zone,
                counted.Where(r => r.ReceivedAt >= start).ToList(),
                counted.Where(r => r.ReceivedAt < start).ToList(),
                subProjects,
                villages,
                members
            )
            {
                MaxLength = maxLength,
                ReviewLine = Reviews.ReviewDigest.Line(thisWeek, reviews.Value),
                ReportedBy = thisWeek.Select(r => r.ReporterId).ToHashSet(),
            }
        );
    }

    /// <summary>Builds the digest for one reader, fitted to their channel's message size.</summary>
    public Digest BuildFor(Commune commune, WeekRange week, ChatAddress reader) =>
        Build(commune, week, channels.For(reader).MaxText);

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
        messages.AddRange(MediaMessages(digest, to, priority, nowUtc));
        return messages;
    }

    /// <summary>
    /// After the text: up to ten of the week's photos as one album captioned with the works and their %, then
    /// each problem told by voice, where the reader's platform shows photos and plays voice notes.
    /// </summary>
    private IEnumerable<OutgoingMessage> MediaMessages(
        Digest digest,
        ChatAddress to,
        OutboxPriority priority,
        DateTime now
    )
    {
        var capabilities = channels.For(to);
        if (capabilities.PhotoUploads)
        {
            var album = digest
                .Sections.SelectMany(s => s.Photos)
                .Select(p => (p.Caption, Media: Media.ReportMedia.For(stores, p.Report, to, p.Reference)))
                .Where(p => p.Media is not null)
                .Take(OutgoingMessage.MaxAlbum)
                .ToList();
            if (album.Count > 0)
            {
                var message = New(to, T.DigestAlbumCaption(album.Select(p => p.Caption).Distinct()), priority, now);
                message.Album = [.. album.Select(p => p.Media!)];
                yield return message;
            }
        }
        if (!capabilities.Audio)
            yield break;
        foreach (var voice in digest.Sections.SelectMany(s => s.Voices))
            if (Media.ReportMedia.For(stores, voice.Report, to, voice.Reference, voice.Seconds) is { } media)
            {
                var message = New(to, voice.Caption, priority, now);
                message.Voice = media;
                yield return message;
            }
    }

    /// <summary>
    /// The chart PNG, or null when charts are off or there is nothing to draw. Render once, send to many.
    /// </summary>
    public byte[]? Chart(Digest digest) =>
        options.Value.Chart && digest.HasChartData ? DigestChart.Render(digest.Charts) : null;

    private static OutgoingMessage New(ChatAddress to, string text, OutboxPriority priority, DateTime now) =>
        new()
        {
            Chat = to.ToString(),
            Text = text,
            Priority = priority,
            CreatedAt = now,
            NextAttemptAt = now,
        };

    public List<Member> OfficersOf(string communeId) => stores.Members.OfficersOf(communeId);
}
