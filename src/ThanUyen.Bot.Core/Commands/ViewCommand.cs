using System.Globalization;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Media;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reviews;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>
/// /view BC-0412 (and "👁️ Xem" beside reports in /my): the report's summary, then its photos as one album,
/// its voice notes and where it was. Members see their own reports (as /edit), officers their commune's,
/// admins all; anything else reads as "not found".
/// </summary>
public sealed class ViewCommand(ReviewCards cards) : ICommand
{
    public string Name => "view";
    public IReadOnlyList<string> Aliases => ["xem"];
    public Role? MinimumRole => Role.Member;
    public string Description => T.ViewDescription;

    public static bool CanView(Member member, Report report) =>
        report.ReporterId == member.Id || ReviewAccess.CanSee(member, report);

    public void Execute(Turn turn, string args)
    {
        if (string.IsNullOrWhiteSpace(args))
        {
            turn.Reply(T.ViewUsage);
            return;
        }
        var report = turn.Reports.Find(args.Split(' ')[0]);
        if (report is null || !CanView(turn.Member!, report))
        {
            turn.Reply(T.ReportNotFound);
            return;
        }
        Show(turn, cards, report, turn.Chat);
    }

    /// <summary>Queues the summary, the album, the voice notes and the location for <paramref name="to"/>.</summary>
    public static void Show(Turn turn, ReviewCards cards, Report report, ChatAddress to)
    {
        var lines = new List<string> { cards.Text(turn, report, photos: 0, photoShown: false) };
        if (Location(report) is { } place)
            lines.Add(T.ViewLocation(place));
        var photos = ReportMedia.Photos(report);
        var album = ReportMedia.PhotosFor(turn.Stores, report, to);
        if (photos.Count > album.Count)
            lines.Add(T.ViewPhotosNotYetKept(photos.Count - album.Count));
        turn.Send(to, string.Join('\n', lines), OutboxPriority.Reply);
        if (album.Count > 0)
            turn.Send(to, T.ViewAlbumCaption(report.Code, album.Count), OutboxPriority.Reply).Album = album;
        foreach (var voice in ReportMedia.VoicesFor(turn.Stores, report, to))
            turn.Send(to, T.ViewVoiceCaption(report.Code, voice.Seconds), OutboxPriority.Reply).Voice = voice;
    }

    /// <summary>"21.12,103.89" from the report's location answer, if it has one.</summary>
    private static string? Location(Report report) =>
        report.Answers.GetValueOrDefault("location") is { Length: > 0 } value
        && value.Split(',') is [var lat, var lon]
        && double.TryParse(lat, CultureInfo.InvariantCulture, out _)
        && double.TryParse(lon, CultureInfo.InvariantCulture, out _)
            ? value
            : null;
}
