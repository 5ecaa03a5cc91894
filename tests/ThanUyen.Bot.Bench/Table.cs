namespace ThanUyen.Bot.Bench;

/// <summary>One row per measurement: what, the number, its unit, the target and whether it is met.</summary>
public sealed class Table
{
    private readonly List<(string Scenario, string Measure, string Value, string Target, string Verdict)> _rows = [];

    public void Add(string scenario, string measure, string value, string target = "", bool? met = null) =>
        _rows.Add(
            (
                scenario,
                measure,
                value,
                target,
                met is null ? ""
                : met.Value ? "met"
                : "MISSED"
            )
        );

    public void Print()
    {
        string[] head = ["scenario", "measure", "value", "target", ""];
        var widths = Enumerable
            .Range(0, 5)
            .Select(i => Math.Max(head[i].Length, _rows.Count == 0 ? 0 : _rows.Max(r => Cell(r, i).Length)))
            .ToArray();
        Console.WriteLine(Line(head, widths));
        Console.WriteLine(string.Join("-|-", widths.Select(w => new string('-', w))));
        foreach (var r in _rows)
            Console.WriteLine(Line(Enumerable.Range(0, 5).Select(i => Cell(r, i)).ToArray(), widths));
    }

    private static string Cell((string, string, string, string, string) r, int i) =>
        i switch
        {
            0 => r.Item1,
            1 => r.Item2,
            2 => r.Item3,
            3 => r.Item4,
            _ => r.Item5,
        };

    private static string Line(string[] cells, int[] widths) =>
        string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
}
