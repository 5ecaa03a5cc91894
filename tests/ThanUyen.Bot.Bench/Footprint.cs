using System.Diagnostics;
using System.Globalization;
using ThanUyen.Bot.Cli;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Bench;

/// <summary>
/// The real executable's footprint: start → /healthz (five starts, median), resident memory once idle, and
/// after building both communes' digests over 100,000 reports of the current week (right after, and once the
/// service's memory trimmer had time to hand the burst back, with the peak) — for the build output with
/// the framework's default server GC, with the workstation GC the service is configured with, and published
/// ReadyToRun (scripts/bench publishes it and names the folder in THANUYEN_PUBLISHED).
/// </summary>
public static class Footprint
{
    private const int Starts = 5;
    private static readonly TimeSpan MemoryTrimmerSettle = TimeSpan.FromSeconds(12);

    private sealed record Variant(string Name, string Dll, Dictionary<string, string> Environment);

    public static async Task RunAsync(Table table)
    {
        var build = Path.Combine(AppContext.BaseDirectory, "ThanUyen.Bot.dll");
        var variants = new List<Variant>
        {
            new("build output, server GC", build, new() { ["DOTNET_gcServer"] = "1" }),
            new("build output, workstation GC (as configured)", build, []),
        };
        if (Environment.GetEnvironmentVariable("THANUYEN_PUBLISHED") is { Length: > 0 } published)
            variants.Add(new("published ReadyToRun, workstation GC", Path.Combine(published, "ThanUyen.Bot.dll"), []));
        var folder = Directory.CreateTempSubdirectory("thanuyen-bench-");
        var loaded = Path.Combine(folder.FullName, "loaded.db");
        Seed(loaded);
        foreach (var variant in variants)
        {
            var starts = new List<double>();
            double idle = 0;
            for (var i = 0; i < Starts; i++)
            {
                var db = Path.Combine(folder.FullName, $"fresh-{Guid.NewGuid():N}.db");
                var (ready, process) = await Start(variant, db);
                starts.Add(ready * 1000);
                if (i == 0)
                {
                    await Task.Delay(5000);
                    idle = Rss(process);
                }
                Stop(process);
            }
            var (_, loadedProcess) = await Start(variant, loaded);
            var ops =
                await OpsChannel.FindRunningAsync(loaded) ?? throw new InvalidOperationException("no ops channel");
            foreach (var commune in new[] { "muong kim", "pha mu" })
                (await ops.PostAsync("digest", new { commune, last = false })).EnsureSuccessStatusCode();
            var afterDigest = Rss(loadedProcess);
            var peak = Rss(loadedProcess, "VmHWM");
            // The service's memory trimmer looks every 5 s and trims once the burst is over.
            await Task.Delay(MemoryTrimmerSettle);
            var settled = Rss(loadedProcess);
            Stop(loadedProcess);
            var isPublished = variant.Name.StartsWith("published", StringComparison.Ordinal);
            var median = Stats.Median(starts);
            table.Add(
                "footprint",
                $"start → /healthz, {variant.Name}",
                Stats.Millis(starts),
                isPublished ? "< 500 ms" : "",
                isPublished ? median < 500 : null
            );
            table.Add("footprint", $"resident memory idle, {variant.Name}", $"{idle:0} MB", "< 70 MB", idle < 70);
            table.Add(
                "footprint",
                $"resident memory after the 100k digests, {variant.Name}",
                $"{afterDigest:0} MB",
                "< 200 MB",
                afterDigest < 200
            );
            table.Add(
                "footprint",
                $"resident memory {MemoryTrimmerSettle.TotalSeconds:0} s after the 100k digests (peak), {variant.Name}",
                $"{settled:0} MB ({peak:0} MB)",
                "< 200 MB",
                settled < 200
            );
        }
        folder.Delete(recursive: true);
    }

    /// <summary>100,000 reports received this week over both communes, written once and reused.</summary>
    private static void Seed(string path)
    {
        using var session = new StorageSession(new StorageOptions { DatabasePath = path, DurableCommits = false });
        CatalogueSeeder.Seed(
            session.Stores,
            Core.Community.CatalogueFile.Load(Path.Combine(AppContext.BaseDirectory, "catalogue.json")),
            DateTime.UtcNow,
            demo: true // the example works: a fresh database has none until the register is loaded
        );
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        var start = WeekRange.Containing(DateTime.UtcNow, zone).StartUtc(zone);
        var villages = session.Stores.Catalogue.Villages();
        var works = session.Stores.Catalogue.SubProjects();
        var random = new Random(7);
        var elapsed = Math.Max(60, (DateTime.UtcNow - start).TotalSeconds);
        session.Writer.Write(() =>
            session.Database.Reports.InsertBulk(
                Enumerable
                    .Range(0, DigestBuild.Reports)
                    .Select(i => BenchReports.Make(i, start.AddSeconds(random.NextDouble() * elapsed), villages, works))
            )
        );
    }

    private static async Task<(double Seconds, Process Process)> Start(Variant variant, string databasePath)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [variant.Dll])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
        };
        info.Environment["urls"] = $"http://127.0.0.1:{port}";
        info.Environment["Console__Enabled"] = "false";
        info.Environment["Storage__DatabasePath"] = databasePath;
        foreach (var (k, v) in variant.Environment)
            info.Environment[k] = v;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                if ((await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"))).IsSuccessStatusCode)
                    return (clock.Elapsed.TotalSeconds, process);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(5);
        }
        Stop(process);
        throw new TimeoutException($"{variant.Name} did not answer /healthz");
    }

    private static double Rss(Process process, string field = "VmRSS") =>
        long.Parse(
            File.ReadLines($"/proc/{process.Id}/status")
                .First(l => l.StartsWith(field, StringComparison.Ordinal))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            CultureInfo.InvariantCulture
        ) / 1024.0;

    private static void Stop(Process process)
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
