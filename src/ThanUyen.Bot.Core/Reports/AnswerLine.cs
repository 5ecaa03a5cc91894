namespace ThanUyen.Bot.Core.Reports;

/// <summary>One answer as people read it: the step's label and its shown value ("Số lượng", "3 con").</summary>
public sealed record AnswerLine(string Label, string Value);
