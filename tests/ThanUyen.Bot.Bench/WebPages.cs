using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reports.Kinds.Progress;
using ThanUyen.Bot.Core.Reports.Kinds.Sale;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Fakes;

namespace ThanUyen.Bot.Bench;

/// <summary>
/// The web view over 10,000 reports (eight weeks, both communes), as an admin sees it: time to the first byte
/// of each page (cold, then the median of five) and its size.
/// </summary>
public static class WebPages
{
    public const int Reports = 10_000;

    public static async Task RunAsync(Table table)
    {
        var folder = Directory.CreateTempSubdirectory("thanuyen-bench-");
        await using var api = await FakeBotApiServer.StartAsync();
        var app = await BenchHost.StartAsync(api.BaseUrl, Path.Combine(folder.FullName, "web.db"));
        var services = app.Services;
        var stores = services.GetRequiredService<Stores>();
        var db = services.GetRequiredService<BotDatabase>();
        var villages = stores.Catalogue.Villages();
        var works = stores.Catalogue.SubProjects();
        var admin = new Member
        {
            Name = "Admin",
            Role = Role.Admin,
            Addresses = ["telegram:1"],
        };
        stores.Writer.Write(() => stores.Members.Save(admin));
        var now = DateTime.UtcNow;
        stores.Writer.Write(() =>
            db.Reports.InsertBulk(Enumerable.Range(1, Reports).Select(i => Make(i, now, villages, works)))
        );
        var secret = stores.Writer.Write(() => stores.WebSessions.Start(admin, now, TimeSpan.FromDays(7)));
        var cookies = new CookieContainer();
        cookies.Add(new Uri(app.Urls.First()), new Cookie("tu_phien", secret, "/web"));
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies })
        {
            BaseAddress = new Uri(app.Urls.First()),
        };
        foreach (
            var (path, what) in new[]
            {
                ("/web/", "overview (2 communes × this and last week's digest)"),
                ("/web/reports", "reports, first page of 10,000"),
                ("/web/reports?q=bo", "reports, loose text search over 10,000"),
                ("/web/reports/BC-5000", "one report"),
                ("/web/works", "works with progress and map"),
                ("/web/members", "members"),
            }
        )
        {
            var (cold, bytes) = await FirstByte(http, path);
            var warm = new List<double>();
            for (var i = 0; i < 5; i++)
                warm.Add((await FirstByte(http, path)).Ms);
            warm.Sort();
            table.Add(
                "web",
                $"{what}: first byte cold / warm median, size",
                $"{cold:N0} ms / {warm[2]:N0} ms, {bytes / 1024.0:N1} KB",
                "< 200 KB",
                bytes < 200 * 1024
            );
        }
        // What every page over all reports pays first, measured after the pages (code compiled, cache warm):
        // reading and mapping them (the overview reads them once).
        var reads = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            var clock = Stopwatch.StartNew();
            var all = stores.Reports.ReceivedBetween(DateTime.MinValue, DateTime.MaxValue);
            reads.Add(clock.Elapsed.TotalMilliseconds);
            if (all.Count != Reports)
                throw new InvalidOperationException($"read {all.Count} reports of {Reports}");
        }
        var warmReads = reads.Skip(1).Order().ToList();
        table.Add(
            "web",
            $"reading all {Reports:N0} reports: first / median of the next five",
            $"{reads[0]:N0} ms / {warmReads[2]:N0} ms ({warmReads[2] * 1000 / Reports:N0} µs a report)"
        );
        await app.StopAsync();
        await app.DisposeAsync();
        folder.Delete(recursive: true);
    }

    private static async Task<(double Ms, long Bytes)> FirstByte(HttpClient http, string path)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        var ms = clock.Elapsed.TotalMilliseconds;
        response.EnsureSuccessStatusCode();
        return (ms, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    private static Report Make(int i, DateTime now, List<Village> villages, List<SubProject> works)
    {
        var v = villages[i % villages.Count];
        var at = now.AddMinutes(-i * 8); // 10,000 reports, one every 8 minutes: about eight weeks
        var r = new Report
        {
            Code = $"BC-{i:D4}",
            SubmissionKey = $"k{i}",
            ReporterId = 1 + i % 40,
            ReporterName = $"Thành viên {i % 40}",
            VillageId = v.Id,
            CommuneId = v.CommuneId,
            ReceivedAt = at,
            EventDate = at.Date,
            FlowId = "sale",
            Answers = new()
            {
                ["product"] = "cattle",
                ["quantity"] = "2 con",
                ["amount"] = "24000000",
            },
            Facts = new SaleFacts
            {
                Product = i % 2 == 0 ? "cattle" : "watermelon",
                Quantity = 1 + i % 7,
                Unit = "con",
                Total = 1_000_000 + i % 50 * 100_000,
                Buyer = "trader",
            },
        };
        if (i % 3 == 0)
        {
            var w = works[i % works.Count];
            (r.FlowId, r.VillageId, r.CommuneId) = (
                "progress",
                w.VillageId,
                villages.First(x => x.Id == w.VillageId).CommuneId
            );
            r.Facts = new ProgressFacts
            {
                SubProjectId = w.Id,
                SubProjectName = w.Name,
                Percent = i % 101,
                Status = "on_track",
                Latitude = 22.0 + i % 97 * 0.0003,
                Longitude = 103.85 + i % 89 * 0.0004,
                PhotoFileIds = i % 2 == 0 ? ["AgACAgUAAx-telegram"] : [],
            };
        }
        return r;
    }
}
