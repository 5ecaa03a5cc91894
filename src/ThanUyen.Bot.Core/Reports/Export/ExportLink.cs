namespace ThanUyen.Bot.Core.Reports.Export;

/// <summary>
/// A cell that opens a file beside the workbook: <see cref="Target"/> is relative to the unzipped folder
/// ("photos/BC-0123-1.jpg"), or null for a file the archive does not hold (the text says why).
/// </summary>
public sealed record ExportLink(string Text, string? Target)
{
    public override string ToString() => Text;
}
