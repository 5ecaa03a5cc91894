using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Reviews;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reviews;

/// <summary>/review walks the queue; daily mode and reminders come from the scheduler, once a day.</summary>
public sealed class ReviewQueueTests : IDisposable
{
    private readonly ReviewTestBot _r = new();
    private TestBot Bot => _r.Bot;
    private Mailbox Mail => _r.Mail;

    public void Dispose() => _r.Dispose();

    /// <summary>Local (Than Uyên) time on the test's first day, 25/11/2026, plus days.</summary>
    private static DateTime Local(int hour, int minute = 0, int days = 0) =>
        new DateTime(2026, 11, 25, hour, minute, 0, DateTimeKind.Utc).AddDays(days).AddHours(-7);

    private int RunAt(DateTime utc)
    {
        Bot.Clock.SetUtcNow(utc);
        return Bot.Services.GetRequiredService<ScheduledJobs>().RunDue(utc);
    }

    [Fact]
    public void Review_walks_the_queue_oldest_first_one_card_at_a_time_and_later_moves_on()
    {
        _r.FileSale(People.Lan, "1 con");
        _r.FileSale(People.Lan, "2 con");
        _r.FileSale(People.Lan, "3 con");
        Mail.Skip(People.Hoa);

        var first = _r.Say(People.Hoa, "/review").Single();
        Assert.StartsWith("📋 3 báo cáo chờ duyệt, cũ nhất trước:", first.Text);
        Assert.Contains("🔎 BC-0001", first.Text);

        var second = _r.Press(People.Hoa, first.Choices[3].Data).Single(); // ⏭️ Để sau
        Assert.Contains("🔎 BC-0002", second.Text);
        var afterApproval = _r.Press(People.Hoa, second.Choices[0].Data);
        Assert.Equal("✅ Đã duyệt BC-0002.", afterApproval[0].Text);
        Assert.Contains("🔎 BC-0003", afterApproval[1].Text);
        var end = _r.Press(People.Hoa, afterApproval[1].Choices[0].Data);
        Assert.Equal(T.ReviewPassDone(1), end[1].Text);

        Assert.Contains("🔎 BC-0001", _r.Say(People.Hoa, "/review").Single().Text); // the one put off comes back
        Assert.Equal(
            [ReviewStatus.New, ReviewStatus.Approved, ReviewStatus.Approved],
            new[] { "BC-0001", "BC-0002", "BC-0003" }.Select(_r.Status)
        );
    }

    [Fact]
    public void The_daily_message_goes_at_the_hour_a_report_arriving_later_that_day_waits_for_the_next()
    {
        _r.Say(People.Hoa, "/review mode daily");
        RunAt(Local(7, 0, days: 1));
        Bot.Clock.SetUtcNow(Local(10, 0, days: 1));
        _r.FileSale(People.Lan);
        RunAt(Local(10, 5, days: 1));
        Assert.Empty(Mail.New(People.Hoa));
        RunAt(Local(7, 0, days: 2));
        Assert.Equal("📋 1 báo cáo chờ duyệt → /review", Mail.One(People.Hoa).Text);
    }

    [Fact]
    public void In_daily_mode_no_card_comes_and_one_message_a_day_says_how_many_wait()
    {
        Assert.StartsWith(
            "🗓️ Từ nay bạn nhận một tin mỗi ngày lúc 7 giờ",
            _r.Say(People.Hoa, "/review mode daily")[0].Text
        );
        _r.FileSale(People.Lan);
        _r.FileSale(People.Lan, "3 con");
        Assert.Empty(Mail.New(People.Hoa));

        RunAt(Local(6, 59, days: 1));
        Assert.Empty(Mail.New(People.Hoa));
        RunAt(Local(7, 0, days: 1));
        var daily = Mail.One(People.Hoa);
        Assert.Equal("📋 2 báo cáo chờ duyệt → /review", daily.Text);
        Assert.Equal("m:review", daily.Choices.Single().Data);
        RunAt(Local(7, 30, days: 1));
        Bot.Restart();
        RunAt(Local(18, 0, days: 1));
        Assert.Empty(Mail.New(People.Hoa)); // once a day, across a restart

        RunAt(Local(7, days: 2));
        Assert.Single(Mail.New(People.Hoa)); // the next day, still waiting: one more

        var card = _r.Press(People.Hoa, "m:review").Single();
        Assert.Contains("🔎 BC-0001", card.Text);
        _r.Say(People.Hoa, "/review mode now");
        _r.FileSale(People.Lan);
        // Numbered choices (no buttons in this chat) and BC-0001's card still open: a notice, not a second card.
        Assert.StartsWith("📥 BC-0003 (mới) chờ duyệt: 🛒 Bán hàng · 🐄 Bò 2 con", Mail.One(People.Hoa).Text);
        var next = _r.Press(People.Hoa, card.Choices[0].Data); // from /review: the next card follows
        Assert.Contains("🔎 BC-0002", next[1].Text);
    }

    [Fact]
    public void An_officer_in_daily_mode_who_sent_a_report_back_is_still_told_at_once_when_it_is_fixed()
    {
        _r.FileSale(People.Lan, "3 con");
        _r.Press(People.Hoa, Mail.One(People.Hoa).Choices[1].Data);
        _r.Say(People.Hoa, "Sai số lượng");
        _r.Say(People.Hoa, "/review mode daily");
        foreach (var answer in new[] { "/edit BC-0001", "sua", "Số lượng", "2 con", "luu" })
            _r.Say(People.Lan, answer);

        var told = Mail.One(People.Hoa);

        Assert.Equal($"{T.ReviewFixedForYou("Lò Thị Lan", "BC-0001")}\n{T.ReviewOpenQueueHint}", told.Text);
        Assert.Empty(told.Choices); // daily mode: no card, the queue has it
    }

    [Fact]
    public void An_officer_with_reports_waiting_over_three_days_gets_one_reminder_a_day_unless_reminders_are_off()
    {
        _r.FileSale(People.Lan);
        _r.FileSale(People.Chua);
        Mail.Skip(People.Hoa);
        Mail.Skip(People.Sung);
        _r.Say(People.Sung, "/remind off");

        RunAt(Local(9, days: 3)); // three days and no more: not yet
        Assert.Empty(Mail.New(People.Hoa));
        RunAt(Local(9, 1, days: 3) + TimeSpan.FromDays(1));
        RunAt(Local(20, days: 4));
        var nudge = Mail.One(People.Hoa);
        Assert.Equal("⏳ 1 báo cáo đã chờ duyệt hơn 3 ngày. Gõ /review để xem. (Tắt nhắc: /remind off)", nudge.Text);
        Assert.Equal(OutboxPriority.Reminder, nudge.Priority);
        Assert.Empty(Mail.New(People.Sung));
        Assert.Empty(Mail.New(People.Admin)); // admins see the lag in /stats instead

        RunAt(Local(7, days: 5)); // a Monday: the weekly digest comes too
        Assert.Single(Mail.New(People.Hoa), m => m.Priority == OutboxPriority.Reminder); // the next day, one more
        _r.Press(People.Hoa, new ReviewButton("BC-0001", 0, ReviewButton.Approve, false).Data);
        RunAt(Local(7, days: 6));
        Assert.DoesNotContain(Mail.New(People.Hoa), m => m.Priority == OutboxPriority.Reminder); // nothing waits
    }

    [Fact]
    public void A_card_shows_all_the_photos_as_one_album_just_before_it()
    {
        using var bot = new TestBot(configure: s =>
            s.AddSingleton(new ChannelCapabilities("telegram") { Buttons = true, PhotoUploads = true })
        );
        using var r = new ReviewTestBot(bot);
        foreach (var answer in new[] { "/progress", "1", "30", "1", "5", "bo qua", "bo qua" })
            r.Say(People.Lan, answer);
        foreach (var photo in new[] { "ph1", "ph2", "ph3" })
            bot.Send(People.Lan, MessageKind.Photo, m => m with { PhotoFileId = photo, MediaGroupId = "album" });
        r.Say(People.Lan, "bo qua");
        r.Say(People.Lan, "luu");

        var sent = r.Mail.New(People.Hoa);
        Assert.Equal(2, sent.Count);
        Assert.Equal(["ph1", "ph2", "ph3"], sent[0].Album.Select(p => p.FileId));
        Assert.Equal("📷 3 ảnh của BC-0001", sent[0].Text);
        Assert.Contains("📷 3 ảnh (ở trên)", sent[1].Text);
        Assert.Equal(4, sent[1].Choices.Count);
    }

    [Fact]
    public void Review_mode_without_a_choice_says_the_current_one()
    {
        Assert.StartsWith("⚡ Bạn nhận từng báo cáo ngay khi có.", _r.Say(People.Hoa, "/review mode")[0].Text);
        Assert.Equal(T.ReviewModeUsage, _r.Say(People.Hoa, "/review mode sometimes")[0].Text);
    }
}
