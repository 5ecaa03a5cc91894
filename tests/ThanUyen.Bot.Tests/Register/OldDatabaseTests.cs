using LiteDB;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Register;

/// <summary>A database written before the register: its works and models keep working with empty plans.</summary>
public sealed class OldDatabaseTests
{
    [Fact]
    public void Works_and_models_saved_before_the_register_read_with_empty_plans_and_models_get_their_links()
    {
        using var folder = new TempFolder();
        var path = folder.File("bot.db");
        using (new TestBot(path, new() { ["Bot:Demo"] = "false" })) { }
        using (var old = new LiteDatabase(path))
        {
            // As the previous version stored them: a work with no target, budget, dates or status; models
            // without product or topic links.
            old.GetCollection("subprojects")
                .Insert(
                    new BsonDocument
                    {
                        ["_id"] = 1,
                        ["Name"] = "Đường cũ",
                        ["VillageId"] = "hang",
                        ["TypeId"] = "road",
                        ["Active"] = true,
                        ["Example"] = false,
                        ["CreatedAt"] = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
                    }
                );
            var models = old.GetCollection("models");
            foreach (var stored in models.FindAll().ToList())
            {
                stored.Remove("Products");
                stored.Remove("Topics");
                stored["Name"] = stored["_id"] == "cattle-pa-khom" ? "Vỗ béo bò" : stored["Name"];
                models.Update(stored);
            }
        }
        using var bot = new TestBot(path, new() { ["Bot:Demo"] = "false" });
        var work = bot.Stores.Catalogue.SubProjects().Single();
        Assert.Equal(
            ("Đường cũ", WorkStatus.UnderWay, null, null),
            (work.Name, work.Status, work.Target, work.StartDate)
        );
        var model = bot.Stores.Catalogue.Models().Single(m => m.Id == "cattle-pa-khom");
        Assert.Equal(("Vỗ béo bò", "cattle buffalo"), (model.Name, string.Join(" ", model.Products)));
        Assert.Contains(
            $"#{work.Id} Đường cũ (Hàng): chưa báo tiến độ",
            bot.Say(People.Admin, "/project").First().Text
        );
    }
}
