using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Bench;

/// <summary>
/// Engine only, no HTTP: 200 members each file sales answer by answer through the InboxProcessor, every
/// answer durably committed (state + outbox) to a LiteDB file. Messages of different chats that arrive
/// together share one transaction (group commit).
/// </summary>
public static class EngineThroughput
{
    public const int Chats = 200,
        SalesPerChat = 3;
    private static readonly string[] Sale = ["/sale", "bo", "3 con", "1", "12tr", "1", "hom nay", "bo qua", "1"];

    public static async Task RunAsync(Table table)
    {
        var folder = Directory.CreateTempSubdirectory("thanuyen-bench-");
        await using var services = BenchCore.Start(Path.Combine(folder.FullName, "engine.db"));
        var db = services.GetRequiredService<BotDatabase>();
        var stores = services.GetRequiredService<Stores>();
        stores.Writer.Write(() =>
        {
            for (var i = 0; i < Chats; i++)
                stores.Members.Save(
                    new Member
                    {
                        Name = $"Thành viên {i}",
                        Role = Role.Member,
                        VillageId = "pa-khom",
                        CommuneId = "pha-mu",
                        Addresses = [$"telegram:{i + 1}"],
                    }
                );
        });
        var inbox = services.GetRequiredService<InboxProcessor>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(
            Enumerable
                .Range(1, Chats)
                .Select(async chat =>
                {
                    var n = 0;
                    for (var s = 0; s < SalesPerChat; s++)
                        foreach (var text in Sale)
                            await inbox.HandleAsync(
                                new IncomingMessage(
                                    new ChatAddress(
                                        "telegram",
                                        chat.ToString(System.Globalization.CultureInfo.InvariantCulture)
                                    ),
                                    $"b:{chat}:{n++}",
                                    MessageKind.Text
                                )
                                {
                                    Text = text,
                                }
                            );
                })
        );
        var elapsed = clock.Elapsed.TotalSeconds;
        var updates = Chats * SalesPerChat * Sale.Length;
        var reports = db.Reports.Count();
        table.Add(
            "engine only",
            "updates (answers) handled",
            $"{updates:N0} from {Chats} chats, {reports:N0} reports saved"
        );
        table.Add(
            "engine only",
            "updates per second, durable commit each",
            $"{updates / elapsed:N0}/s",
            "≥ 2,000/s",
            updates / elapsed >= 2000
        );
        await services.DisposeAsync();
        folder.Delete(recursive: true);
    }
}
