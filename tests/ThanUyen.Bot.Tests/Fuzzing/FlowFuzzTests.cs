using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports.Kinds.Sale;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Fuzzing;

/// <summary>
/// 10,000+ random inputs, aimed at every step of every flow (walked there with good answers first):
/// no exception escapes, every input is answered, the stored conversation stays valid, and nobody
/// reaches another person's report.
/// </summary>
public sealed class FlowFuzzTests
{
    private static readonly Dictionary<string, string[]> Walks = new()
    {
        ["sale"] = ["/sale", "bo", "3", "1", "12tr", "1", "hom nay", "bo qua"],
        ["meeting"] = ["/meeting", "1", "1", "hom nay", "20", "10", "bo qua", "bo qua", "tot", "bo qua"],
        ["progress"] = ["/progress", "1", "50", "1", "3", "bo qua", "bo qua", "bo qua", "bo qua"],
    };

    [Fact]
    public void Ten_thousand_random_inputs_at_every_step_of_every_flow_are_each_answered_and_leave_valid_state()
    {
        var random = new Random(20261129);
        using var bot = new TestBot(":memory:");
        bot.Register(People.Lan, Role.Member, "tham phe");
        bot.Register(People.Chua, Role.Member, "pa khom");
        foreach (var a in Walks["sale"])
            bot.Say(People.Chua, a);
        bot.Say(People.Chua, "luu"); // BC-0001 belongs to Chua: Lan must never reach it
        var runner = bot.Services.GetService(typeof(FlowRunner)) as FlowRunner;
        var inputs = 0;
        foreach (var (flowId, walk) in Walks)
            for (var depth = 1; depth <= walk.Length; depth++)
            for (var i = 0; i < 380; i++, inputs++)
            {
                var state = bot.Db.Conversations.FindById(People.Lan.Address.ToString());
                if (
                    state is not null
                    && state.FlowId == flowId
                    && state.PendingFlowId is null
                    && state.History.Count == depth
                    && state.StepKey is not (FlowRunner.ConfirmKey or FlowRunner.EditKey)
                )
                {
                    bot.Say(People.Lan, "/back"); // the random input was a good answer: step back to the same question
                    state = bot.Db.Conversations.FindById(People.Lan.Address.ToString());
                }
                if (
                    state is null
                    || state.FlowId != flowId
                    || state.PendingFlowId is not null
                    || state.History.Count + 1 != depth
                )
                {
                    bot.Say(People.Lan, "/cancel");
                    foreach (var a in walk.Take(depth))
                        bot.Say(People.Lan, a);
                }
                var message = FuzzInputs.Next(random, People.Lan.Address, bot.NextId());
                var replies = bot.Deliver(message); // throws if anything escaped the engine
                Assert.True(replies.Count >= 1, $"no answer to {Describe(message)} at {flowId} step {depth}");
                Assert.All(replies, r => Assert.False(string.IsNullOrWhiteSpace(r.Text)));
                AssertValid(bot, runner!);
            }
        Assert.True(inputs >= 10_000, $"{inputs} inputs");
        var chuas = bot.Db.Reports.FindOne(r => r.Code == "BC-0001");
        Assert.Equal("cattle", chuas.FactsAs<SaleFacts>()!.Product);
        Assert.Null(chuas.UpdatedAt);
        Assert.DoesNotContain(bot.Db.Audit.FindAll(), a => a.Action == "report.edit" && a.Subject == "BC-0001");
    }

    private static void AssertValid(TestBot bot, FlowRunner runner)
    {
        var state = bot.Db.Conversations.FindById(People.Lan.Address.ToString());
        if (state is null)
            return;
        var flow = runner.Find(state.FlowId);
        Assert.NotNull(flow);
        Assert.True(
            state.StepKey is FlowRunner.ConfirmKey or FlowRunner.EditKey
                || flow!.Steps.Any(s => s.Key == state.StepKey),
            $"bad step {state.StepKey}"
        );
        var answers = new Answers(state.Answers);
        foreach (var key in state.Answers.Keys)
            Assert.Contains(flow!.Steps, s => s.Key == key);
        _ = answers.Number("participants");
        _ = answers.Amount("amount");
        _ = answers.Date("date");
    }

    private static string Describe(IncomingMessage m) => $"{m.Kind} '{m.Text ?? m.ButtonData}'";
}
