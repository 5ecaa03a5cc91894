using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Flows;

/// <summary>
/// Issue 19 in the core, on a channel that edits (as Telegram describes itself): what the engine queues when a
/// question is answered, when a press is stale, and on the confirm screen.
/// </summary>
public sealed class AnsweredQuestionTests : IDisposable
{
    private readonly TestBot _bot = new(configure: s =>
        s.AddSingleton(
            new ChannelCapabilities("telegram")
            {
                Buttons = true,
                Edits = true,
                CommandLists = true,
            }
        )
    );

    public AnsweredQuestionTests() => _bot.Register(People.Chua, Role.Member, "pa khom");

    public void Dispose() => _bot.Dispose();

    private List<OutgoingMessage> Say(string text) => _bot.Say(People.Chua, text);

    private OutgoingMessage Open() =>
        _bot.Db.Outbox.FindById(_bot.Db.Conversations.FindAll().Single().QuestionId!.Value);

    [Fact]
    public void A_choice_answered_by_name_edits_its_question_to_show_the_answer_without_buttons()
    {
        var question = Say("/sale").Single();
        var replies = Say("bo");
        var edit = replies[0];
        Assert.Equal(
            (OutgoingKind.Edit, question.Id, "🛒 Bán gì? → 🐄 Bò", 0),
            (edit.Kind, edit.EditOf, edit.Text, edit.Choices.Count)
        );
        Assert.Equal(OutgoingKind.Message, replies[1].Kind);
        Assert.Equal(replies[1].Id, Open().Id);
    }

    [Fact]
    public void A_typed_answer_to_a_text_question_keeps_its_text_and_loses_its_skip_button()
    {
        // Pá Khôm's work, 50 %, on track, no workdays, no cash: then "Khó khăn, đề xuất?" with a skip button.
        foreach (var answer in new[] { "/progress", "1", "50", "1", "bo qua", "bo qua" })
            Say(answer);
        var problems = Open();
        var edit = Say("Đường bị sạt sau mưa")[0];
        Assert.Equal((OutgoingKind.Edit, problems.Id, ""), (edit.Kind, edit.EditOf, edit.Text));
    }

    [Fact]
    public void A_household_typed_at_the_household_choice_shows_as_the_answer()
    {
        foreach (var answer in new[] { "/sale", "bo", "2", "tong", "30tr", "1", "hom nay" })
            Say(answer);
        var household = Open();
        var edit = Say("Lò Văn Mạnh")[0]; // not in the village's list: typed, kept for an admin to confirm
        Assert.Equal((OutgoingKind.Edit, household.Id), (edit.Kind, edit.EditOf));
        Assert.EndsWith("Lò Văn Mạnh " + T.HouseholdNew, edit.Text);
    }

    [Fact]
    public void Edit_turns_the_summary_into_the_field_list_in_place_and_the_summary_comes_back_below()
    {
        foreach (var answer in new[] { "/sale", "bo", "2", "tong", "30tr", "1", "hom nay", "bo qua" })
            Say(answer);
        var summary = Open();
        Assert.Contains(T.Save, summary.Choices.Select(c => c.Label));

        var fields = Say("sua").Single();
        Assert.Equal((OutgoingKind.Edit, summary.Id, T.WhichField), (fields.Kind, fields.EditOf, fields.Text));
        Assert.Contains("Số lượng", fields.Choices.Select(c => c.Label));

        var picked = Say("Số lượng");
        Assert.Equal((summary.Id, $"{T.WhichField} → Số lượng"), (picked[0].EditOf, picked[0].Text));
        Assert.StartsWith("⚖️", picked[1].Text);

        var again = Say("3 con").Single();
        Assert.Equal(OutgoingKind.Message, again.Kind);
        Assert.Contains("Số lượng: 3 con", again.Text);
        Assert.Equal(again.Id, Open().Id);
    }

    private List<OutgoingMessage> PressStale(string data) =>
        _bot.Deliver(
            new IncomingMessage(People.Chua.Address, _bot.NextId(), MessageKind.Button)
            {
                ButtonData = data,
                AckId = "cq-" + _bot.NextId(),
            }
        );

    [Fact]
    public void A_stale_press_gets_a_toast_and_the_question_comes_again_only_when_it_is_far_above()
    {
        Say("/sale");
        Say("bo");
        var quantity = Open();

        Assert.Empty(PressStale(ButtonData.Answer("product", "cattle")));
        Assert.Equal(T.OldButtonToast, _bot.LastToast);

        // Two of the bot's messages below the question (a digest, a broadcast): it is off the screen now.
        _bot.Writer.Write(() =>
        {
            foreach (var text in new[] { "📊 Tổng hợp", "📣 Thông báo" })
                _bot.Stores.Outbox.Add(
                    new OutgoingMessage
                    {
                        Chat = People.Chua.Address.ToString(),
                        Text = text,
                        Priority = OutboxPriority.Broadcast,
                    }
                );
        });
        var replies = PressStale(ButtonData.Answer("product", "cattle"));
        Assert.Equal(T.OldButtonToast, _bot.LastToast);
        Assert.Equal(quantity.Text, replies.Single().Text);
    }

    [Fact]
    public void A_stale_press_with_nothing_open_gets_only_a_toast()
    {
        Assert.Empty(PressStale(ButtonData.Answer("product", "cattle")));
        Assert.Equal(T.OldButtonNoDraftToast, _bot.LastToast);
    }

    [Fact]
    public void Registration_and_role_changes_queue_the_chats_own_command_list()
    {
        List<string> Commands() =>
            [
                .. _bot
                    .Db.Outbox.FindAll()
                    .Last(m => m.Kind == OutgoingKind.Commands && m.Chat == People.Chua.Address.ToString())
                    .Choices.Select(c => c.Data),
            ];
        Assert.Contains("sale", Commands());
        Assert.DoesNotContain("export", Commands());
        var id = _bot.Stores.Members.FindByAddress(People.Chua.Address)!.Id;
        _bot.Say(People.Admin, $"/role #{id} officer pha mu");
        Assert.Contains("export", Commands());
        Assert.DoesNotContain("sale", Commands());
        _bot.Say(People.Admin, $"/remove #{id}");
        Assert.Equal(["start", "help"], Commands().Order().Reverse());
    }
}
