using ThanUyen.Bot.Core.Reviews;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reviews;

/// <summary>The review paths as people walk them in chat: approve, send back and fix, reject.</summary>
public sealed class ReviewTranscriptTests : IDisposable
{
    private readonly ReviewTestBot _r = new();
    private TestBot Bot => _r.Bot;
    private Mailbox Mail => _r.Mail;

    public void Dispose() => _r.Dispose();

    [Fact]
    public void A_new_report_reaches_its_communes_officer_as_a_card_and_one_tap_approves_it()
    {
        _r.FileSale(People.Lan);

        var card = Mail.One(People.Hoa);
        Assert.Contains("🔎 BC-0001 · mới", card.Text);
        Assert.Contains("🛒 Bán hàng · 🏡 Thẩm Phé · 👤 Lò Thị Lan", card.Text);
        Assert.Contains("🐄 Bò 2 con — 24.000.000 ₫", card.Text); // the kind's one-line summary
        Assert.Contains("• Số lượng: 2 con", card.Text); // and the answers
        Assert.Equal(["✅ Duyệt", "↩️ Cần sửa", "🚫 Loại", "⏭️ Để sau"], card.Choices.Select(c => c.Label));
        Assert.All(card.Choices, c => Assert.True(System.Text.Encoding.UTF8.GetByteCount(c.Data) <= 64));
        Assert.Empty(Mail.New(People.Sung)); // Pha Mu's officer never sees a Mường Kim report

        var done = _r.Press(People.Hoa, card.Choices[0].Data).Single();

        Assert.Equal("✅ Đã duyệt BC-0001.", done.Text);
        var review = _r.Report("BC-0001").Review;
        Assert.Equal(ReviewStatus.Approved, review.Status);
        var entry = Assert.Single(review.History);
        Assert.Equal(("Cầm Thị Hoa", ReviewStatus.Approved), (entry.ByName, entry.Status));
        Assert.Contains(Bot.Db.Audit.FindAll(), a => a.Action == "review.approve" && a.Subject == "BC-0001");
        Assert.Contains(
            "BC-0001 · 🐄 Bò 2 con — 24.000.000 ₫ · bây giờ · ✅ đã duyệt",
            _r.Say(People.Lan, "/my")[0].Text
        );
    }

    [Fact]
    public void Sent_back_with_a_comment_the_reporter_fixes_it_past_the_edit_window_and_the_officer_approves()
    {
        _r.FileSale(People.Lan, "3 con");
        var card = Mail.One(People.Hoa);

        var ask = _r.Press(People.Hoa, card.Choices[1].Data).Single();
        Assert.StartsWith("↩️ BC-0001 cần sửa gì?", ask.Text);
        var sent = _r.Say(People.Hoa, "Bản chỉ bán 2 con, sửa lại số lượng.").Single();
        Assert.Equal("↩️ Đã gửi BC-0001 về cho Lò Thị Lan sửa, kèm nhận xét của bạn.", sent.Text);
        Assert.Equal(ReviewStatus.NeedsChanges, _r.Status("BC-0001"));

        var notice = Mail.One(People.Lan);
        Assert.Contains("↩️ Báo cáo BC-0001 cần sửa.", notice.Text);
        Assert.Contains("🐄 Bò 3 con — 36.000.000 ₫", notice.Text);
        Assert.Contains("💬 Cầm Thị Hoa: Bản chỉ bán 2 con, sửa lại số lượng.", notice.Text);
        Assert.Contains("/edit BC-0001", notice.Text); // TestBot's chats have no buttons: the command is said

        Bot.Clock.Advance(TimeSpan.FromDays(10)); // past Bot:EditDays: allowed while it needs changes
        var confirm = _r.Say(People.Lan, "/edit BC-0001").Single();
        Assert.Contains("🛒 Bán hàng — BC-0001", confirm.Text);
        _r.Say(People.Lan, "sua");
        _r.Say(People.Lan, "Số lượng");
        _r.Say(People.Lan, "2 con");
        var saved = _r.Say(People.Lan, "luu");
        Assert.Equal(
            ["✅ Đã sửa báo cáo BC-0001.\n🐄 Bò 2 con — 24.000.000 ₫", T.ReviewResubmittedToReporter("BC-0001")],
            saved.Select(m => m.Text)
        );
        Assert.Equal(ReviewStatus.Resubmitted, _r.Status("BC-0001"));

        var again = Mail.One(People.Hoa);
        Assert.StartsWith("✏️ Lò Thị Lan đã sửa BC-0001 theo nhận xét của bạn. Báo cáo chờ duyệt lại.", again.Text);
        Assert.Contains("🔎 BC-0001 · đã sửa, chờ duyệt", again.Text);
        Assert.Contains("↩️ Lần trước Cầm Thị Hoa nhắn: Bản chỉ bán 2 con, sửa lại số lượng.", again.Text);
        Assert.Equal("✅ Đã duyệt BC-0001.", _r.Press(People.Hoa, again.Choices[0].Data).Single().Text);

        var history = _r.Report("BC-0001").Review.History;
        Assert.Equal(
            [ReviewStatus.NeedsChanges, ReviewStatus.Resubmitted, ReviewStatus.Approved],
            history.Select(h => h.Status)
        );
        Assert.Equal(["Cầm Thị Hoa", "Lò Thị Lan", "Cầm Thị Hoa"], history.Select(h => h.ByName));
    }

    [Fact]
    public void Rejecting_offers_the_usual_reasons_takes_one_by_number_and_tells_the_reporter_why()
    {
        _r.FileSale(People.Lan);
        var card = Mail.One(People.Hoa);

        var ask = _r.Press(People.Hoa, card.Choices[2].Data).Single();
        Assert.StartsWith("🚫 Vì sao loại BC-0001?", ask.Text);
        Assert.Equal(
            ["🔁 Trùng lặp", "📍 Sai nơi", "❌ Không có thật", "🔢 Số liệu sai"],
            ask.Choices.Select(c => c.Label)
        );
        Assert.Equal("🚫 Đã loại BC-0001. Lò Thị Lan sẽ được báo lý do.", _r.Say(People.Hoa, "1").Single().Text);

        Assert.Equal(ReviewStatus.Rejected, _r.Status("BC-0001"));
        Assert.Equal("🔁 Trùng lặp", _r.Report("BC-0001").Review.History.Single().Comment);
        Assert.Contains("Lý do (Cầm Thị Hoa): 🔁 Trùng lặp", Mail.One(People.Lan).Text);
        Assert.Contains(Bot.Db.Audit.FindAll(), a => a.Action == "review.reject" && a.Details == "loại: 🔁 Trùng lặp");
    }

    [Fact]
    public void A_reason_in_the_reviewers_own_words_is_kept_as_typed()
    {
        _r.FileSale(People.Lan);
        _r.Press(People.Hoa, Mail.One(People.Hoa).Choices[2].Data);
        _r.Say(People.Hoa, "Tuần này bản không họp");
        Assert.Equal("Tuần này bản không họp", _r.Report("BC-0001").Review.History.Single().Comment);
    }

    [Fact]
    public void A_comment_over_a_thousand_characters_is_refused_with_the_limit_and_nothing_changes()
    {
        _r.FileSale(People.Lan);
        _r.Press(People.Hoa, Mail.One(People.Hoa).Choices[1].Data);

        var refused = _r.Say(People.Hoa, new string('a', 1001)).Single();

        Assert.StartsWith(T.ReviewCommentTooLong(1001, 1000), refused.Text);
        Assert.Contains("tối đa 1.000 chữ", refused.Text);
        Assert.Equal(ReviewStatus.New, _r.Status("BC-0001"));
        Assert.Empty(Mail.New(People.Lan));
        _r.Say(People.Hoa, new string('b', 1000));
        Assert.Equal(new string('b', 1000), _r.Report("BC-0001").Review.History.Single().Comment);
    }

    [Fact]
    public void A_voice_note_can_be_the_comment_and_the_reporter_is_told_it_is_one()
    {
        _r.FileSale(People.Lan);
        _r.Press(People.Hoa, Mail.One(People.Hoa).Choices[1].Data);
        Bot.Send(
            People.Hoa,
            Core.Chat.MessageKind.Voice,
            m => m with { VoiceFileId = "AwACAgIAAxk", VoiceSeconds = 12 }
        );
        Assert.Equal("voice:AwACAgIAAxk:12", _r.Report("BC-0001").Review.History.Single().Comment);
        Assert.Contains("💬 Cầm Thị Hoa: 🎤 tin nhắn thoại (12 giây)", Mail.One(People.Lan).Text);
    }

    [Fact]
    public void Cancel_while_asked_for_a_comment_decides_nothing()
    {
        _r.FileSale(People.Lan);
        _r.Press(People.Hoa, Mail.One(People.Hoa).Choices[1].Data);
        _r.Say(People.Hoa, "/cancel");
        Assert.Equal(ReviewStatus.New, _r.Status("BC-0001"));
        Assert.Empty(Mail.New(People.Lan));
    }
}
