namespace ThanUyen.Bot.Core.Reports.Export;

/// <summary>
/// One exported column: a Vietnamese header and the cell value (numbers stay numbers, dates stay dates).
/// </summary>
public sealed record ExportColumn<TRow>(string Header, Func<TRow, object?> Value);
