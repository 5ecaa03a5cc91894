using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Media;

/// <summary>
/// The photos and voice notes of a report, as references: "media:&lt;token&gt;" for a file kept at once (Zalo),
/// a platform file id otherwise (Telegram; kept later by the fetch queue under the key "file:&lt;id&gt;").
/// </summary>
public static class ReportMedia
{
    /// <summary>The media index key of a platform file fetched after the report was saved.</summary>
    public static string KeyOf(string fileId) => "file:" + fileId;

    public static bool IsKept(string reference) => reference.StartsWith(MediaFiles.Prefix, StringComparison.Ordinal);

    public static List<string> Photos(Report report) => report.Facts?.PhotoFileIds ?? [];

    /// <summary>Voice answers ("voice:&lt;reference&gt;:&lt;seconds&gt;") in the order of the answers.</summary>
    public static List<(string Reference, int Seconds)> Voices(Report report) =>
        [.. report.Answers.Values.Select(Voice).OfType<(string, int)>()];

    /// <summary>A stored voice answer's reference and length, or null when the value is not one.</summary>
    public static (string Reference, int Seconds)? Voice(string? value)
    {
        if (value is null || !value.StartsWith(TextStep.VoicePrefix, StringComparison.Ordinal))
            return null;
        var last = value.LastIndexOf(':');
        if (last <= TextStep.VoicePrefix.Length)
            return null;
        var seconds = int.TryParse(value[(last + 1)..], out var s) ? s : 0;
        return (value[TextStep.VoicePrefix.Length..last], seconds);
    }

    /// <summary>Every file the report uses, with its kind.</summary>
    public static List<(string Reference, MediaKind Kind)> All(Report report) =>
        [
            .. Photos(report).Select(p => (p, MediaKind.Photo)),
            .. Voices(report).Select(v => (v.Reference, MediaKind.Voice)),
        ];

    /// <summary>The kept file's token: "media:x" is x; a platform file id once the fetch queue kept it.</summary>
    public static string? KeptToken(Stores stores, string reference) =>
        IsKept(reference) ? reference[MediaFiles.Prefix.Length..] : stores.Media.FindByKey(KeyOf(reference))?.Token;

    /// <summary>
    /// The report's photos as one person can be sent them: the platform's file id when they are on the
    /// reporter's platform, the kept file otherwise (or as well); a photo with neither is left out.
    /// </summary>
    public static List<OutgoingMedia> PhotosFor(Stores stores, Report report, ChatAddress to) =>
        [.. Photos(report).Select(p => For(stores, report, to, p)).OfType<OutgoingMedia>()];

    public static List<OutgoingMedia> VoicesFor(Stores stores, Report report, ChatAddress to) =>
        [.. Voices(report).Select(v => For(stores, report, to, v.Reference, v.Seconds)).OfType<OutgoingMedia>()];

    /// <summary>One of the report's files as <paramref name="to"/> can be sent it, or null when it cannot.</summary>
    public static OutgoingMedia? For(Stores stores, Report report, ChatAddress to, string reference, int seconds = 0)
    {
        var sameChannel = ChatAddress.TryParse(report.Chat, out var from) && from.Channel == to.Channel;
        var media = new OutgoingMedia
        {
            FileId = !IsKept(reference) && sameChannel ? reference : null,
            MediaId = KeptToken(stores, reference),
            Seconds = seconds,
        };
        return media.FileId is null && media.MediaId is null ? null : media;
    }
}
