namespace ThanUyen.Bot.Bench;

public static class Machine
{
    public static string Describe()
    {
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo")
                .First(l => l.StartsWith("MemTotal", StringComparison.Ordinal))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]
            : "?";
        var gib = long.TryParse(memory, out var kb) ? $"{kb / 1024.0 / 1024.0:0.0} GiB" : "?";
        return $"machine: {Environment.ProcessorCount} cores, {gib} memory, "
            + $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
    }
}
