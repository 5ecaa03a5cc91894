using ThanUyen.Bot.Core.Register;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Register;

/// <summary>What a database starts with: the project's own numbers, never invented works.</summary>
public sealed class RegisterSeedTests
{
    [Fact]
    public void A_fresh_production_database_has_no_example_works_and_only_the_targets_the_project_gave()
    {
        using var bot = new TestBot(settings: new() { ["Bot:Demo"] = "false" });
        Assert.Equal(0, bot.Db.SubProjects.Count());
        Assert.DoesNotContain(bot.Db.Households.FindAll(), h => h.Name.Contains("Ví dụ", StringComparison.Ordinal));
        var targets = Indicator.All.ToDictionary(i => i.Key, i => bot.Stores.Register.Target(i.Key, null));
        Assert.Equal(
            new Dictionary<string, decimal?>
            {
                [Indicator.Meetings] = 80,
                [Indicator.Participants] = null,
                [Indicator.WomenShare] = null,
                [Indicator.MongShare] = null,
                [Indicator.ThaiShare] = null,
                [Indicator.CoreMembers] = 42,
                [Indicator.Households] = 67,
                [Indicator.WorksFinished] = 14,
                [Indicator.ModelsRunning] = 5,
                [Indicator.Revenue] = null,
                [Indicator.Workdays] = null,
                [Indicator.Cash] = null,
            },
            targets
        );
        Assert.Contains("chưa đặt mục tiêu", bot.Say(People.Admin, "/target").Single().Text);
        // Members are told there is nothing to report progress on yet, rather than shown invented works.
        Assert.Equal(T.NoSubProjects, bot.Say(People.Admin, "/progress").Single().Text);
    }

    [Fact]
    public void The_catalogue_follows_the_projects_own_account()
    {
        using var bot = new TestBot(settings: new() { ["Bot:Demo"] = "false" });
        var models = bot.Db.Models.FindAll().ToDictionary(m => m.Id);
        Assert.Equal(5, models.Count); // beekeeping is a training topic, not a model
        Assert.Equal("Nuôi trâu bò vỗ béo bản Pá Khôm", models["cattle-pa-khom"].Name);
        Assert.Equal(["cattle", "buffalo"], models["cattle-pa-khom"].Products);
        Assert.Equal("Cột điện năng lượng mặt trời", bot.Stores.Catalogue.InfrastructureType("solar-light")!.Name);
    }

    [Fact]
    public void The_demo_switch_seeds_the_example_works_once_and_the_command_line_flag_turns_it_on()
    {
        using var folder = new TempFolder();
        using (var bot = new TestBot(folder.File("bot.db"), new() { ["Bot:Demo"] = "false" }))
            Assert.Equal(0, bot.Db.SubProjects.Count());
        using (var bot = new TestBot(folder.File("bot.db"), new() { ["Bot:Demo"] = "true" }))
        {
            Assert.Equal(4, bot.Db.SubProjects.Count(s => s.Example && s.Name.StartsWith("(Ví dụ)")));
            bot.Restart();
            Assert.Equal(4, bot.Db.SubProjects.Count());
        }
        Assert.Equal(["--Bot:Demo=true", "--urls", "x"], DemoSwitch.Expand(["--demo", "--urls", "x"]));
    }
}
