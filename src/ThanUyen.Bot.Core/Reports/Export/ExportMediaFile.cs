namespace ThanUyen.Bot.Core.Reports.Export;

/// <summary>
/// One photo or voice note of an exported report: its name in the archive ("photos/BC-0123-1.jpg"), and the
/// kept file it is copied from, or null when only the platform's id is known (listed as not kept).
/// </summary>
public sealed record ExportMediaFile(Report Report, bool Voice, int Number, string FileName, string? Source)
{
    public const string PhotoFolder = "photos",
        VoiceFolder = "voice";

    /// <summary>The voice note's length, shown beside its link.</summary>
    public int Seconds { get; init; }

    public bool Kept => Source is not null;

    public string Entry => $"{(Voice ? VoiceFolder : PhotoFolder)}/{FileName}";

    public ExportLink Link =>
        new(
            Kept ? (Voice ? $"{FileName} {T.VoiceShort(Seconds)}" : FileName) : T.ExportNotKept(FileName),
            Kept ? Entry : null
        );
}
