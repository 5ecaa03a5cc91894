namespace ThanUyen.Bot.Core.Register.Import;

/// <summary>One problem in a register file, where a person can find it: sheet, row, column letter and header.</summary>
public sealed record RegisterError(string Sheet, int Row, string Column, string Header, string Problem)
{
    /// <summary>A problem with the whole file (not a spreadsheet, too big).</summary>
    public static RegisterError File(string problem) => new("", 0, "", "", problem);

    public override string ToString() => T.RegisterErrorLine(this);
}
