using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reports.Kinds.Sale;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Flows;

public sealed class SaleReportFlowTests : IDisposable
{
    private readonly TestBot _bot = new();

    public SaleReportFlowTests() => _bot.Register(People.Chua, Role.Member, "pa khom");

    public void Dispose() => _bot.Dispose();

    private OutgoingMessage PressOption(List<OutgoingMessage> replies, string label)
    {
        var choice = replies.Last().Choices.First(c => c.Label.Contains(label, StringComparison.Ordinal));
        return _bot.Press(People.Chua, choice.Data).Last();
    }

    [Fact]
    public void A_core_member_reports_a_cattle_sale_in_eight_answers_skipping_the_optional_one_with_one_tap()
    {
        var q = _bot.Say(People.Chua, "/sale");
        q = [PressOption(q, "Bò")]; // 1 product
        q = _bot.Say(People.Chua, "3"); // 2 quantity
        q = [PressOption(q, "Giá mỗi con")]; // 3 price kind
        q = _bot.Say(People.Chua, "12tr"); // 4 unit price
        q = [PressOption(q, "Thương lái")]; // 5 buyer
        q = [PressOption(q, "Hôm qua")]; // 6 date
        var confirm = PressOption(q, "Bỏ qua"); // 7 household skipped
        Assert.Contains("36.000.000 ₫", confirm.Text);
        var saved = PressOption([confirm], "Lưu").Text; // 8 save

        Assert.Contains("BC-0001", saved);
        var report = Assert.Single(_bot.Db.Reports.FindAll());
        Assert.Equal(
            ("cattle", 3m, "con", 12_000_000m, 36_000_000m, "trader"),
            (
                report.FactsAs<SaleFacts>()!.Product,
                report.FactsAs<SaleFacts>()!.Quantity,
                report.FactsAs<SaleFacts>()!.Unit,
                report.FactsAs<SaleFacts>()!.UnitPrice,
                report.FactsAs<SaleFacts>()!.Total,
                report.FactsAs<SaleFacts>()!.Buyer
            )
        );
        Assert.Equal(("pa-khom", "pha-mu"), (report.VillageId, report.CommuneId));
        Assert.Equal(new DateTime(2026, 11, 24), report.EventDate);
        Assert.Equal(0, _bot.Db.Conversations.Count());
    }

    [Fact]
    public void Typed_answers_work_too_loose_and_without_diacritics_and_the_total_gives_the_unit_price()
    {
        _bot.Say(People.Chua, "/banhang");
        _bot.Say(People.Chua, "DUA HAU");
        _bot.Say(People.Chua, "1,5 ta");
        _bot.Say(People.Chua, "tong");
        _bot.Say(People.Chua, "1tr2");
        _bot.Say(People.Chua, "cho");
        _bot.Say(People.Chua, "thu hai");
        _bot.Say(People.Chua, "Lò Văn Mạnh"); // not in the village's list: added for an admin to confirm
        // "2" at the confirm step is its second option: ✏️ Sửa.
        var confirm = _bot.Say(People.Chua, "2").Single();
        Assert.Equal(T.WhichField, confirm.Text);
        _bot.Say(People.Chua, "quay lai");
        _bot.Say(People.Chua, "luu");
        var sale = Assert.Single(_bot.Db.Reports.FindAll()).FactsAs<SaleFacts>()!;
        Assert.Equal(
            (150m, "kg", 8_000m, 1_200_000m, "market", "Lò Văn Mạnh"),
            (sale.Quantity, sale.Unit, sale.UnitPrice, sale.Total, sale.Buyer, sale.Household)
        );
    }

    [Fact]
    public void Wrong_answers_are_asked_again_with_a_hint_and_help_comes_after_three()
    {
        _bot.Say(People.Chua, "/sale");
        _bot.Say(People.Chua, "bo");
        Assert.StartsWith(T.NotAQuantity, _bot.Say(People.Chua, "nhiều lắm").Single().Text);
        _bot.Say(People.Chua, "3");
        _bot.Say(People.Chua, "1");
        Assert.StartsWith(T.NotMoney, _bot.Say(People.Chua, "đắt").Single().Text);
        Assert.Contains("quá ít", _bot.Say(People.Chua, "12").Single().Text);
        var third = _bot.Say(People.Chua, "???").Single().Text;
        Assert.Contains(T.StuckHelp, third);
        Assert.Equal("amount", _bot.Db.Conversations.FindAll().Single().StepKey);
    }

    [Fact]
    public void Back_returns_to_the_previous_question_and_cancel_saves_nothing()
    {
        _bot.Say(People.Chua, "/sale");
        _bot.Say(People.Chua, "trau");
        var back = _bot.Say(People.Chua, "/back").Single();
        Assert.Equal(T.AskProduct, back.Text);
        _bot.Say(People.Chua, "ga");
        Assert.Contains("3 con", _bot.Db.Conversations.FindAll().Single().StepKey == "quantity" ? "3 con" : "");
        Assert.Equal(T.Cancelled, _bot.Say(People.Chua, "/huy").Single().Text);
        Assert.Equal(0, _bot.Db.Reports.Count());
        Assert.Equal(0, _bot.Db.Conversations.Count());
    }

    private void FillSaleToConfirm()
    {
        foreach (var answer in new[] { "/sale", "bo", "2", "1", "15tr", "1", "hom nay", "bo qua" })
            _bot.Say(People.Chua, answer);
    }

    [Fact]
    public void At_the_confirm_step_a_field_can_be_changed_and_the_summary_comes_back()
    {
        FillSaleToConfirm();
        var fields = _bot.Say(People.Chua, "sua").Single();
        var quantity = fields.Choices.First(c => c.Label == "Số lượng");
        _bot.Press(People.Chua, quantity.Data);
        var summary = _bot.Say(People.Chua, "4 con").Single().Text;
        Assert.Contains("Số lượng: 4 con", summary);
        Assert.Contains("60.000.000 ₫", summary);
        _bot.Say(People.Chua, "1");
        Assert.Equal(4m, _bot.Db.Reports.FindAll().Single().FactsAs<SaleFacts>()!.Quantity);
    }

    [Fact]
    public void A_double_tap_on_save_and_a_duplicated_update_save_once()
    {
        FillSaleToConfirm();
        var save = ButtonData.Answer(FlowRunner.ConfirmKey, "save");
        var delivery = new IncomingMessage(People.Chua.Address, "telegram:u77:c1", MessageKind.Button)
        {
            ButtonData = save,
        };
        _bot.Deliver(delivery);
        Assert.Empty(_bot.Deliver(delivery)); // the same update again: no-op
        var second = _bot.Press(People.Chua, save).Single(); // a second tap: a new update
        Assert.Equal(T.OldButton, second.Text);
        Assert.Equal(1, _bot.Db.Reports.Count());
    }

    [Fact]
    public void A_restart_in_the_middle_resumes_at_the_same_question_with_the_answers_kept()
    {
        foreach (var answer in new[] { "/sale", "bo", "2", "1" })
            _bot.Say(People.Chua, answer);
        _bot.Restart();
        var next = _bot.Say(People.Chua, "15tr").Single();
        Assert.Equal(T.AskBuyer, next.Text);
        foreach (var answer in new[] { "1", "hom nay", "bo qua", "luu" })
            _bot.Say(People.Chua, answer);
        Assert.Equal(30_000_000m, _bot.Db.Reports.FindAll().Single().FactsAs<SaleFacts>()!.Total);
    }

    [Fact]
    public void Starting_a_new_report_while_one_is_open_asks_to_continue_or_discard()
    {
        foreach (var answer in new[] { "/sale", "bo" })
            _bot.Say(People.Chua, answer);
        var question = _bot.Say(People.Chua, "/meeting").Single();
        Assert.Contains("Bán hàng", question.Text);
        Assert.Contains("⚖️", _bot.Say(People.Chua, "1").Single().Text); // continue: the quantity question again
        _bot.Say(People.Chua, "/meeting");
        var replies = _bot.Say(People.Chua, "2");
        Assert.Equal(T.DraftDiscarded, replies[0].Text);
        Assert.Equal(T.AskMeetingKind, replies[1].Text);
        Assert.Equal("meeting", _bot.Db.Conversations.FindAll().Single().FlowId);
    }

    [Fact]
    public void My_reports_lists_codes_with_relative_times_and_edit_changes_a_saved_report_with_an_audit_trail()
    {
        FillSaleToConfirm();
        _bot.Say(People.Chua, "luu");
        _bot.Clock.Advance(TimeSpan.FromDays(3));
        var my = _bot.Say(People.Chua, "/my").Single().Text;
        Assert.Contains("BC-0001", my);
        Assert.Contains("cách đây 3 ngày", my); // Humanizer vi

        var confirm = _bot.Say(People.Chua, "/edit bc-1").Single();
        Assert.Contains("BC-0001", confirm.Text);
        _bot.Say(People.Chua, "sua");
        _bot.Say(People.Chua, "Người mua");
        _bot.Say(People.Chua, "htx");
        Assert.Contains("Đã sửa báo cáo BC-0001", _bot.Say(People.Chua, "luu").Single().Text);

        var report = _bot.Db.Reports.FindAll().Single();
        Assert.Equal("coop", report.FactsAs<SaleFacts>()!.Buyer);
        var audit = _bot.Db.Audit.FindAll().Single(a => a.Action == "report.edit");
        Assert.Equal("Người mua: 🚚 Thương lái → 🏢 Hợp tác xã", audit.Details);
    }

    [Fact]
    public void Someone_elses_report_cannot_be_edited_and_old_reports_are_locked()
    {
        FillSaleToConfirm();
        _bot.Say(People.Chua, "luu");
        _bot.Register(People.Lan, Role.Member, "tham phe");
        Assert.Equal(T.ReportNotFound, _bot.Say(People.Lan, "/edit BC-0001").Single().Text);
        _bot.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(T.EditTooLate(7), _bot.Say(People.Chua, "/edit BC-0001").Single().Text);
        Assert.Contains("BC-0001", _bot.Say(People.Admin, "/edit BC-0001").Single().Text);
    }
}
