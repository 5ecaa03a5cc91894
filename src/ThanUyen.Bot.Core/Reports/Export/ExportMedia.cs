using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Reports.Export;

/// <summary>
/// The photos and voice notes of the exported reports, named by report code and number ("BC-0123-1.jpg",
/// "BC-0123-1.ogg"), and the extra columns that link each row to them.
/// </summary>
public static class ExportMedia
{
    public static List<ExportMediaFile> Of(Stores stores, IEnumerable<Report> reports)
    {
        var files = new List<ExportMediaFile>();
        foreach (var report in reports)
        {
            var n = 0;
            foreach (var photo in report.Facts?.PhotoFileIds ?? [])
                files.Add(File(stores, report, false, ++n, photo, ".jpg"));
            n = 0;
            foreach (var voice in report.Answers.Values.Select(VoiceAnswer.Read).OfType<VoiceAnswer>())
                files.Add(File(stores, report, true, ++n, voice.File, ".ogg") with { Seconds = voice.Seconds });
        }
        return files;
    }

    /// <summary>Bytes the kept files take: what the archive will weigh, near enough (photos do not compress).</summary>
    public static long Size(IEnumerable<ExportMediaFile> files) =>
        files.Where(f => f.Kept).Sum(f => new FileInfo(f.Source!).Length);

    /// <summary>"Ảnh 1…n" and "Ghi âm 1…m" for a sheet: as many as its report with the most has.</summary>
    public static IEnumerable<ExportColumn<Report>> Columns(IReadOnlyList<Report> rows, List<ExportMediaFile> files)
    {
        var ids = rows.Select(r => r.Id).ToHashSet();
        var byReport = files.Where(f => ids.Contains(f.Report.Id)).ToLookup(f => f.Report.Id);
        foreach (var voice in new[] { false, true })
        {
            var most = rows.Select(r => byReport[r.Id].Count(f => f.Voice == voice)).DefaultIfEmpty(0).Max();
            for (var i = 1; i <= most; i++)
            {
                var number = i;
                yield return new ExportColumn<Report>(
                    $"{(voice ? T.ColumnVoice : T.ColumnPhoto)} {number}",
                    r => byReport[r.Id].FirstOrDefault(f => f.Voice == voice && f.Number == number)?.Link
                );
            }
        }
    }

    private static ExportMediaFile File(
        Stores stores,
        Report report,
        bool voice,
        int number,
        string reference,
        string fallbackExtension
    )
    {
        var kept = MediaFiles.Locate(stores, reference);
        var extension = kept is { } k ? Extension(k.Name, k.ContentType) ?? fallbackExtension : fallbackExtension;
        return new ExportMediaFile(report, voice, number, $"{report.Code}-{number}{extension}", kept?.Path);
    }

    private static string? Extension(string name, string contentType) =>
        Path.GetExtension(name) is { Length: > 1 } e
            ? e.ToLowerInvariant()
            : contentType switch
            {
                "image/jpeg" => ".jpg",
                "image/png" => ".png",
                "audio/ogg" => ".ogg",
                "audio/aac" => ".aac",
                "audio/mpeg" => ".mp3",
                _ => null,
            };
}
