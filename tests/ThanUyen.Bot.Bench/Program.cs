using ThanUyen.Bot.Bench;

// scripts/bench [scenario ...]: prints the machine, the command, and one table row per measurement.
var all = new Dictionary<string, Func<Table, Task>>
{
    ["engine"] = EngineThroughput.RunAsync,
    ["digest"] = DigestBuild.RunAsync,
    ["outbox"] = OutboxFanOut.RunAsync,
};
var chosen = args.Length == 0 ? all.Keys.ToList() : args.ToList();
var table = new Table();
Console.WriteLine(Machine.Describe());
Console.WriteLine($"command: scripts/bench {string.Join(' ', args)}".TrimEnd());
Console.WriteLine();
foreach (var name in chosen)
{
    if (!all.TryGetValue(name, out var run)) { Console.Error.WriteLine($"unknown scenario '{name}'; known: {string.Join(", ", all.Keys)}"); return 2; }
    await run(table);
}
table.Print();
return 0;
