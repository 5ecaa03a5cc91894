using ThanUyen.Bot.Bench;

// scripts/bench [scenario ...]: prints the machine, the command, and one table row per measurement.
var all = new Dictionary<string, Func<Table, Task>>
{
    ["pipeline"] = Pipeline.RunAsync,
    ["engine"] = EngineThroughput.RunAsync,
    ["digest"] = DigestBuild.RunAsync,
    ["steady"] = SteadyLoad.RunAsync,
    ["outbox"] = OutboxFanOut.RunAsync,
    ["footprint"] = Footprint.RunAsync,
    ["web"] = WebPages.RunAsync,
};

// The crash suite is its own command (scripts/crash-test): it is not a benchmark.
var crash = new Dictionary<string, Func<Table, Task>>
{
    ["crash"] = CrashTest.RunAsync,
    // Minutes long (a million reports): only when asked for by name.
    ["capacity"] = Capacity.RunAsync,
};
var chosen = args.Length == 0 ? all.Keys.ToList() : args.ToList();
foreach (var (k, v) in crash)
    all.TryAdd(k, v);
var table = new Table();
Console.WriteLine(Machine.Describe());
Console.WriteLine(
    args is ["crash"] ? "command: scripts/crash-test" : $"command: scripts/bench {string.Join(' ', args)}".TrimEnd()
);
Console.WriteLine();
try
{
    foreach (var name in chosen)
    {
        if (!all.TryGetValue(name, out var run))
        {
            Console.Error.WriteLine($"unknown scenario '{name}'; known: {string.Join(", ", all.Keys)}");
            return 2;
        }
        await run(table);
    }
}
finally
{
    // What was measured before a scenario failed is still printed.
    table.Print();
}
return 0;
