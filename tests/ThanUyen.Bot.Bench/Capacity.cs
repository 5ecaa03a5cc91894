using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Reports.Export;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Bench;

/// <summary>
/// The numbers behind README's capacity model: database size per 10,000 reports, a week's digest and a
/// month's export as the database grows to 10k, 100k and 1M reports (spread over two years), and the
/// process's memory with 10,000 members in the caches. THANUYEN_CAPACITY_MAX=100000 stops before 1M.
/// </summary>
public static class Capacity
{
    private static readonly int[] Sizes = [10_000, 100_000, 1_000_000];

    public static async Task RunAsync(Table table)
    {
        var max = int.TryParse(Environment.GetEnvironmentVariable("THANUYEN_CAPACITY_MAX"), out var m) ? m : 1_000_000;
        var folder = Directory.CreateTempSubdirectory("thanuyen-bench-");
        var path = Path.Combine(folder.FullName, "capacity.db");
        await using var services = BenchCore.Start(path, durable: false);
        var stores = services.GetRequiredService<Stores>();
        var db = stores.Database;
        var zone = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BotOptions>>().Value.Zone;
        var villages = stores.Catalogue.Villages();
        var works = stores.Catalogue.SubProjects();
        var now = DateTime.UtcNow;
        var random = new Random(3);
        var inserted = 0;
        foreach (var target in Sizes.Where(t => t <= max))
        {
            var batch = Enumerable
                .Range(inserted, target - inserted)
                .Select(i =>
                    BenchReports.Make(
                        i,
                        now.AddDays(-random.Next(0, 730)).AddSeconds(-random.Next(0, 86400)),
                        villages,
                        works
                    )
                )
                .Chunk(10_000);
            foreach (var chunk in batch)
                stores.Writer.Write(() => db.Reports.InsertBulk(chunk));
            inserted = target;
            stores.Writer.Write(() => db.Engine.Checkpoint());
            var size = new FileInfo(path).Length / 1024.0 / 1024.0;
            table.Add(
                "capacity",
                $"database size, {target:N0} reports (no media)",
                $"{size:N1} MB ({size / (target / 10_000.0):N1} MB per 10k)"
            );

            var digests = services.GetRequiredService<DigestService>();
            var week = WeekRange.Containing(now, zone).Previous;
            var clock = Stopwatch.StartNew();
            foreach (var commune in stores.Catalogue.Communes())
                digests.Build(commune, week);
            table.Add(
                "capacity",
                $"both communes' weekly digests, {target:N0} reports",
                $"{clock.ElapsedMilliseconds:N0} ms"
            );

            var month = DateOnly.FromDateTime(now.AddDays(-30));
            clock.Restart();
            var data = ExportData.Load(stores, zone, month, DateOnly.FromDateTime(now), null);
            var xlsx = XlsxExport.Write(data, services.GetRequiredService<ExportSheets>());
            table.Add(
                "capacity",
                $"a month's XLSX export, {target:N0} reports",
                $"{clock.ElapsedMilliseconds:N0} ms ({data.Reports.Count:N0} rows, {xlsx.Length / 1024:N0} KB)"
            );
        }

        table.Add(
            "capacity",
            "managed heap with the reports above in LiteDB's page cache",
            $"{GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0:N0} MB"
        );
        await Members(table);
        folder.Delete(recursive: true);
    }

    /// <summary>
    /// What 10,000 members cost in memory, on a database of their own so nothing else moves the heap: all saved
    /// and each looked up once by address, as each writes in (the member cache then holds them all).
    /// </summary>
    private static async Task Members(Table table)
    {
        var folder = Directory.CreateTempSubdirectory("thanuyen-bench-");
        await using (var services = BenchCore.Start(Path.Combine(folder.FullName, "members.db"), durable: false))
        {
            var stores = services.GetRequiredService<Stores>();
            var villages = stores.Catalogue.Villages();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            stores.Writer.Write(() =>
            {
                for (var i = 0; i < 10_000; i++)
                    stores.Members.Save(
                        new Member
                        {
                            Name = $"Thành viên {i}",
                            Role = Role.Member,
                            VillageId = villages[i % villages.Count].Id,
                            CommuneId = villages[i % villages.Count].CommuneId,
                            Addresses = [$"telegram:{3_000_000 + i}"],
                        }
                    );
            });
            for (var i = 0; i < 10_000; i++)
                _ = stores.Members.FindByAddress(
                    new Core.Chat.ChatAddress(
                        "telegram",
                        (3_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    )
                );
            var after = GC.GetTotalMemory(forceFullCollection: true);
            table.Add(
                "capacity",
                "managed heap: 10,000 members saved and looked up (member cache and their pages)",
                $"+{(after - before) / 1024.0 / 1024.0:N1} MB"
            );
        }
        folder.Delete(recursive: true);
    }
}
