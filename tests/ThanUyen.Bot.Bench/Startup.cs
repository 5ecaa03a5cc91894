using System.Diagnostics;

namespace ThanUyen.Bot.Bench;

/// <summary>The real executable: time from start to /healthz answering, and resident memory once idle.</summary>
public static class Startup
{
    public static async Task RunAsync(Table table)
    {
        var folder = Directory.CreateTempSubdirectory("thanuyen-bench-");
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ThanUyen.Bot.dll")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder.FullName,
        };
        info.Environment["urls"] = $"http://127.0.0.1:{port}";
        info.Environment["Console__Enabled"] = "false";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        double ready = -1;
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                if ((await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"))).IsSuccessStatusCode)
                {
                    ready = clock.Elapsed.TotalSeconds;
                    break;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(10);
        }
        await Task.Delay(5000); // idle
        var rss = File.ReadLines($"/proc/{process.Id}/status")
            .First(l => l.StartsWith("VmRSS", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        var mb = long.Parse(rss, System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
        table.Add(
            "startup",
            "start → /healthz answers (fresh database, catalogue seeded)",
            $"{ready:0.00} s",
            "< 2 s",
            ready is > 0 and < 2
        );
        table.Add("startup", "resident memory after 5 s idle", $"{mb:0} MB", "< 100 MB", mb < 100);
        folder.Delete(recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
