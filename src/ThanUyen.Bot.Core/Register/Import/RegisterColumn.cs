namespace ThanUyen.Bot.Core.Register.Import;

/// <summary>One column of a register sheet: its Vietnamese header, what it holds, and its example value.</summary>
public sealed record RegisterColumn(string Header, CellKind Kind, bool Required, string Example, double Width = 16)
{
    /// <summary>The hidden list sheet's column its drop-down reads from, or null for free input.</summary>
    public string? ListName { get; init; }
}
