using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reviews;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reviews;

/// <summary>Who decides, and what a press on a card answers when the report moved on since the card was sent.</summary>
public sealed class ReviewDecisionTests : IDisposable
{
    private static readonly Person Tuan = new("Lò Văn Tuấn", new ChatAddress("telegram", "3003")); // officer, Mường Kim
    private readonly ReviewTestBot _r = new();
    private TestBot Bot => _r.Bot;
    private Mailbox Mail => _r.Mail;

    public void Dispose() => _r.Dispose();

    private static string Button(string code, int version, string decision) =>
        new ReviewButton(code, version, decision, false).Data;

    [Fact]
    public void Two_officers_press_at_once_the_first_decision_wins_and_the_second_is_told_who_and_when()
    {
        Bot.Register(Tuan, Role.Officer, "muong kim");
        Mail.Skip(Tuan);
        _r.FileSale(People.Lan);
        var hoasCard = Mail.One(People.Hoa);
        var tuansCard = Mail.One(Tuan);
        Bot.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 7, 5, 0, TimeSpan.Zero)); // 14:05 in Than Uyên

        Assert.Equal("✅ Đã duyệt BC-0001.", _r.Press(Tuan, tuansCard.Choices[0].Data).Single().Text);
        var late = _r.Press(People.Hoa, hoasCard.Choices[2].Data).Single();

        Assert.Equal("ℹ️ BC-0001 đã được Lò Văn Tuấn duyệt lúc 14:05 25/11. Không có gì thay đổi.", late.Text);
        Assert.Equal(ReviewStatus.Approved, _r.Status("BC-0001"));
        Assert.Single(_r.Report("BC-0001").Review.History);
        Assert.Empty(Mail.New(People.Lan));
    }

    [Fact]
    public void An_officer_writing_a_comment_when_another_approves_loses_the_race_and_nothing_changes()
    {
        Bot.Register(Tuan, Role.Officer, "muong kim");
        _r.FileSale(People.Lan);
        var hoasCard = Mail.One(People.Hoa);
        _r.Press(People.Hoa, hoasCard.Choices[1].Data); // asked for a comment …
        _r.Press(Tuan, Mail.New(Tuan).Last().Choices[0].Data); // … while Tuấn approves

        var late = _r.Say(People.Hoa, "Sai số lượng").Single();

        Assert.StartsWith("ℹ️ BC-0001 đã được Lò Văn Tuấn duyệt lúc", late.Text);
        Assert.Equal(ReviewStatus.Approved, _r.Status("BC-0001"));
        Assert.Empty(Mail.New(People.Lan));
    }

    [Fact]
    public void Only_an_admin_changes_a_decision_and_the_change_is_audited()
    {
        _r.FileSale(People.Lan);
        _r.Press(People.Hoa, Mail.One(People.Hoa).Choices[0].Data);

        var officerView = _r.Say(People.Hoa, "/review BC-0001").Single();
        Assert.Contains("🧾 đã duyệt — Cầm Thị Hoa", officerView.Text);
        Assert.Empty(officerView.Choices); // an officer cannot change it

        var adminView = _r.Say(People.Admin, "/review BC-0001").Single();
        Assert.StartsWith(T.ReviewChangeLead, adminView.Text);
        Assert.Equal(["✅ Duyệt", "↩️ Cần sửa", "🚫 Loại"], adminView.Choices.Select(c => c.Label));
        _r.Press(People.Admin, adminView.Choices[2].Data);
        var changed = _r.Say(People.Admin, "2").Single();

        Assert.Equal("🔁 Đã đổi BC-0001: đã duyệt → loại.", changed.Text);
        Assert.Equal(ReviewStatus.Rejected, _r.Status("BC-0001"));
        var audit = Bot.Db.Audit.FindAll().Single(a => a.Action == "review.change");
        Assert.Equal(
            ("Admin", "BC-0001", "đã duyệt → loại: 📍 Sai nơi"),
            (audit.ActorName, audit.Subject, audit.Details)
        );
        var log = _r.Say(People.Admin, "/audit").Single().Text;
        Assert.Contains("Admin · đổi quyết định duyệt BC-0001 · đã duyệt → loại: 📍 Sai nơi", log);
        Assert.Contains("Cầm Thị Hoa · duyệt BC-0001 · đã duyệt", log);
    }

    [Fact]
    public void A_button_on_a_report_edited_since_the_card_answers_with_the_new_version_and_decides_nothing()
    {
        _r.FileSale(People.Lan, "3 con");
        var old = Mail.One(People.Hoa);
        foreach (var answer in new[] { "/edit BC-0001", "sua", "Số lượng", "2 con", "luu" })
            _r.Say(People.Lan, answer);
        Assert.Empty(Mail.New(People.Hoa)); // an edit while waiting is not announced again

        var replies = _r.Press(People.Hoa, old.Choices[0].Data);

        Assert.Equal(ReviewStatus.New, _r.Status("BC-0001"));
        var fresh = Assert.Single(replies);
        Assert.StartsWith(T.ReviewEditedSince("BC-0001"), fresh.Text);
        Assert.Contains("🐄 Bò 2 con — 24.000.000 ₫", fresh.Text);
        Assert.Equal("✅ Đã duyệt BC-0001.", _r.Press(People.Hoa, fresh.Choices[0].Data).Single().Text);
    }

    [Fact]
    public void A_button_for_a_report_that_is_gone_says_so()
    {
        var reply = _r.Press(People.Hoa, Button("BC-0999", 0, ReviewButton.Approve)).Single();
        Assert.Equal(T.ReviewNotFound("BC-0999"), reply.Text);
    }

    [Fact]
    public void An_officer_moved_to_another_commune_loses_the_queue_at_once()
    {
        _r.FileSale(People.Lan);
        var card = Mail.One(People.Hoa);
        _r.Say(People.Admin, "/role hoa officer pha mu");

        Assert.Equal(T.ReviewNotFound("BC-0001"), _r.Press(People.Hoa, card.Choices[0].Data).Single().Text);
        Assert.Equal(T.ReviewNotFound("BC-0001"), _r.Say(People.Hoa, "/review BC-0001").Single().Text);
        Assert.Equal(T.ReviewQueueEmpty, _r.Say(People.Hoa, "/review").Single().Text);
        Assert.Equal(ReviewStatus.New, _r.Status("BC-0001"));
    }

    [Fact]
    public void An_officer_removed_cannot_decide_with_a_card_they_still_have()
    {
        _r.FileSale(People.Lan);
        var card = Mail.One(People.Hoa);
        _r.Say(People.Admin, "/remove hoa");
        Assert.Equal(T.NotRegistered, _r.Press(People.Hoa, card.Choices[0].Data).Single().Text);
        Assert.Equal(ReviewStatus.New, _r.Status("BC-0001"));
    }

    [Fact]
    public void A_member_pressing_a_review_button_is_refused()
    {
        _r.FileSale(People.Chua);
        var card = Mail.One(People.Sung);
        Assert.Equal(T.NotAllowed, _r.Press(People.Lan, card.Choices[0].Data).Single().Text);
        Assert.Equal(ReviewStatus.New, _r.Status("BC-0001"));
    }

    [Fact]
    public void A_reporter_never_reviews_their_own_report()
    {
        foreach (var answer in new[] { "/sale", "bo", "thẩm phé", "2 con", "1", "12tr", "1", "hom nay", "bo qua" })
            _r.Say(People.Admin, answer);
        _r.Say(People.Admin, "luu");
        Assert.Single(Mail.New(People.Hoa)); // the commune's officer reviews the admin's report

        var own = _r.Press(People.Admin, Button("BC-0001", 0, ReviewButton.Approve)).Single();

        Assert.Equal(T.ReviewOwnReport, own.Text);
        Assert.Equal(T.ReviewQueueEmpty, _r.Say(People.Admin, "/review").Single().Text);
        Assert.Equal(ReviewStatus.New, _r.Status("BC-0001"));
    }

    [Fact]
    public void An_admin_halfway_through_a_report_is_asked_to_finish_it_before_writing_a_comment()
    {
        _r.FileSale(People.Lan);
        _r.Say(People.Admin, "/sale");
        // A command in the middle of a report answers, then shows the open question again (issue 15).
        var card = _r.Say(People.Admin, "/review BC-0001").First();

        Assert.Equal(T.FinishOpenDraftFirst, _r.Press(People.Admin, card.Choices[1].Data).First().Text);
        Assert.Equal(SaleReportFlowId, Bot.Stores.Conversations.Find(People.Admin.Address.ToString())!.FlowId);
        Assert.Equal("✅ Đã duyệt BC-0001.", _r.Press(People.Admin, card.Choices[0].Data).First().Text);
    }

    private const string SaleReportFlowId = Core.Reports.Kinds.Sale.SaleReportFlow.FlowId;

    [Fact]
    public void A_comment_being_asked_gives_way_to_another_cards_send_back()
    {
        _r.FileSale(People.Lan);
        var first = Mail.One(People.Hoa);
        _r.FileSale(People.Lan, "4 con");
        _r.Press(People.Hoa, first.Choices[1].Data);

        var second = Button("BC-0002", 0, ReviewButton.SendBack); // as on Telegram, where every card has buttons
        Assert.StartsWith("↩️ BC-0002 cần sửa gì?", _r.Press(People.Hoa, second).Single().Text);
        _r.Say(People.Hoa, "Sai giá");
        Assert.Equal((ReviewStatus.New, ReviewStatus.NeedsChanges), (_r.Status("BC-0001"), _r.Status("BC-0002")));
    }

    [Fact]
    public void A_reporter_who_edits_an_approved_report_puts_it_back_in_the_queue()
    {
        _r.FileSale(People.Lan, "3 con");
        _r.Press(People.Hoa, Mail.One(People.Hoa).Choices[0].Data);
        foreach (var answer in new[] { "/edit BC-0001", "sua", "Số lượng", "5 con", "luu" })
            _r.Say(People.Lan, answer);

        Assert.Equal(ReviewStatus.Resubmitted, _r.Status("BC-0001"));
        Assert.Contains("🔎 BC-0001 · đã sửa, chờ duyệt", Mail.One(People.Hoa).Text);
        Assert.Contains(
            Bot.Db.Audit.FindAll(),
            a => a.Action == "review.resubmit" && a.Details == "đã duyệt → đã sửa, chờ duyệt"
        );
    }

    [Fact]
    public void An_admins_correction_keeps_the_decision()
    {
        _r.FileSale(People.Lan, "3 con");
        _r.Press(People.Hoa, Mail.One(People.Hoa).Choices[0].Data);
        foreach (var answer in new[] { "/edit BC-0001", "sua", "Số lượng", "5 con", "luu" })
            _r.Say(People.Admin, answer);

        Assert.Equal(ReviewStatus.Approved, _r.Status("BC-0001"));
        Assert.Empty(Mail.New(People.Hoa));
    }
}
