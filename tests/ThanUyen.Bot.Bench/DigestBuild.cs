using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reports.Kinds.Meeting;
using ThanUyen.Bot.Core.Reports.Kinds.Progress;
using ThanUyen.Bot.Core.Reports.Kinds.Sale;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Bench;

/// <summary>
/// 100,000 reports over the two communes: every commune's digest, pure builder and with the database.
/// </summary>
public static class DigestBuild
{
    public const int Reports = 100_000;

    public static async Task RunAsync(Table table)
    {
        var folder = Directory.CreateTempSubdirectory("thanuyen-bench-");
        await using var services = BenchCore.Start(Path.Combine(folder.FullName, "digest.db"));
        var db = services.GetRequiredService<BotDatabase>();
        var zone = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BotOptions>>().Value.Zone;
        var villages = db.Villages.FindAll().ToList();
        var works = db.SubProjects.FindAll().ToList();
        var week = WeekRange.Containing(DateTime.UtcNow, zone);
        var random = new Random(1);
        Report Make(int i, DateTime at) => BenchReports.Make(i, at, villages, works);

        // 1) All 100,000 in the week: the builder alone (pure, in memory).
        var start = week.StartUtc(zone);
        var inWeek = Enumerable
            .Range(0, Reports)
            .Select(i => Make(i, start.AddSeconds(random.Next(0, 7 * 86400))))
            .ToList();
        var communes = db.Communes.FindAll().ToList();
        var clock = Stopwatch.StartNew();
        var builder = services.GetRequiredService<DigestBuilder>();
        foreach (var c in communes)
            builder.Build(
                new DigestInput(
                    c,
                    week,
                    zone,
                    inWeek.Where(r => r.CommuneId == c.Id).ToList(),
                    [],
                    works,
                    villages.Where(v => v.CommuneId == c.Id).ToList(),
                    []
                )
            );
        var pure = clock.Elapsed.TotalSeconds;
        table.Add(
            "digest build",
            "100,000 reports in one week, both communes, builder only",
            $"{pure * 1000:N0} ms",
            "< 500 ms",
            pure < 0.5
        );

        // 2) 100,000 spread over two years in LiteDB: the digests as the service builds them (query + build).
        db.Reports.InsertBulk(
            Enumerable
                .Range(0, Reports)
                .Select(i => Make(i, start.AddDays(-random.Next(0, 730)).AddSeconds(random.Next(0, 86400))))
        );
        var digests = services.GetRequiredService<DigestService>();
        clock.Restart();
        foreach (var c in communes)
            digests.Build(c, week.Previous);
        var withDb = clock.Elapsed.TotalSeconds;
        table.Add(
            "digest build",
            "100,000 reports over 2 years in LiteDB, both communes, query + build",
            $"{withDb * 1000:N0} ms",
            "< 500 ms",
            withDb < 0.5
        );
        await services.DisposeAsync();
        folder.Delete(recursive: true);
    }
}
