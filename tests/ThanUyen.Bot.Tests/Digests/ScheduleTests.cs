using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Digests;

/// <summary>Changes the process's local time zone: kept out of parallel runs.</summary>
[Collection(nameof(MachineTimeZone))]
public sealed class ScheduleTests : IDisposable
{
    private static readonly TimeZoneInfo Vn = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private readonly TestBot _bot = new(start: At(2026, 11, 18, 9, 0)); // the Wednesday before the digest Monday

    public ScheduleTests()
    {
        _bot.Register(People.Hoa, Role.Officer, "muong kim");
        _bot.Register(People.Lan, Role.Member, "tham phe");
        ReportSeeder.Sale(
            _bot.Stores,
            _bot.Stores.Members.FindByAddress(People.Lan.Address)!,
            At(2026, 11, 19, 10, 0).UtcDateTime,
            "cattle",
            3,
            "con",
            36_000_000
        );
    }

    public void Dispose() => _bot.Dispose();

    private static DateTimeOffset At(int y, int m, int d, int h, int min) =>
        new(TimeZoneInfo.ConvertTimeToUtc(new DateTime(y, m, d, h, min, 0), Vn), TimeSpan.Zero);

    private int RunAt(DateTimeOffset when)
    {
        _bot.Clock.SetUtcNow(when);
        return _bot.Services.GetRequiredService<ScheduledJobs>().RunDue(when.UtcDateTime);
    }

    private List<OutgoingMessage> DigestsTo(Person p) =>
        _bot
            .Db.Outbox.Find(m => m.Chat == p.Address.ToString() && m.Priority == OutboxPriority.Digest)
            .OrderBy(m => m.Id)
            .ToList();

    [Theory]
    [InlineData("UTC")]
    [InlineData("America/New_York")]
    [InlineData("Asia/Ho_Chi_Minh")]
    public void The_digest_fires_at_seven_on_Monday_Vietnam_time_whatever_the_machine_time_zone(string machineZone)
    {
        using var _ = MachineTimeZone.Set(machineZone);
        RunAt(At(2026, 11, 23, 6, 59));
        Assert.Empty(DigestsTo(People.Hoa));

        RunAt(At(2026, 11, 23, 7, 0));

        var digest = DigestsTo(People.Hoa);
        Assert.Equal(2, digest.Count); // text and chart
        Assert.Contains("16/11–22/11/2026", digest[0].Text);
        Assert.Contains("36.000.000 ₫", digest[0].Text);
        Assert.NotNull(digest[1].PhotoBytes);
    }

    [Fact]
    public void A_digest_missed_while_the_service_was_down_goes_out_at_the_next_start_and_never_twice()
    {
        RunAt(At(2026, 11, 25, 15, 0)); // the service came back on Wednesday
        Assert.Equal(2, DigestsTo(People.Hoa).Count);

        _bot.Restart();
        Assert.Equal(0, RunAt(At(2026, 11, 25, 15, 1)));
        Assert.Equal(0, RunAt(At(2026, 11, 29, 23, 0)));
        Assert.Equal(2, DigestsTo(People.Hoa).Count);

        RunAt(At(2026, 11, 30, 7, 0)); // the next Monday: the next week (no sales in it, so no chart)
        var texts = DigestsTo(People.Hoa).Where(m => m.PhotoBytes is null).Select(m => m.Text).ToList();
        Assert.Equal(2, texts.Count);
        Assert.Contains("23/11–29/11/2026", texts[1]);
    }

    [Fact]
    public void An_officer_who_joined_after_the_moment_does_not_get_last_weeks_digest()
    {
        _bot.Clock.SetUtcNow(At(2026, 11, 24, 9, 0));
        _bot.Register(People.Sung, Role.Officer, "pha mu");
        RunAt(At(2026, 11, 24, 9, 1));
        Assert.Empty(DigestsTo(People.Sung));
    }

    [Fact]
    public void Members_with_no_report_this_week_get_one_friday_reminder_unless_they_opted_out()
    {
        _bot.Register(People.Chua, Role.Member, "pa khom");
        _bot.Say(People.Chua, "/remind off");
        _bot.Register(new Person("Lò Văn Thi", new ChatAddress("telegram", "2003")), Role.Member, "hang");
        RunAt(At(2026, 11, 27, 16, 59));
        Assert.Equal(0, _bot.Db.Outbox.Count(m => m.Priority == OutboxPriority.Reminder));

        RunAt(At(2026, 11, 27, 17, 0));
        RunAt(At(2026, 11, 27, 18, 0));

        var reminders = _bot.Db.Outbox.Find(m => m.Priority == OutboxPriority.Reminder).ToList();
        Assert.Equal(["telegram:2001", "telegram:2003"], reminders.Select(r => r.Chat).Order());
        Assert.All(reminders, r => Assert.Equal(T.ReminderWeekly, r.Text));
    }

    [Fact]
    public void Old_processed_update_records_and_delivered_messages_are_pruned_hourly()
    {
        var now = At(2026, 11, 25, 9, 0).UtcDateTime;
        _bot.Db.Processed.Insert(new Core.Storage.ProcessedDelivery { Id = "old", At = now.AddDays(-8) });
        _bot.Db.Processed.Insert(new Core.Storage.ProcessedDelivery { Id = "recent", At = now.AddDays(-1) });
        _bot.Db.Outbox.Insert(
            new OutgoingMessage
            {
                Chat = "telegram:1",
                Text = "old",
                Status = OutboxStatus.Sent,
                SentAt = now.AddDays(-31),
            }
        );
        _bot.Db.Outbox.Insert(
            new OutgoingMessage
            {
                Chat = "telegram:1",
                Text = "failed",
                Status = OutboxStatus.Failed,
                CreatedAt = now.AddDays(-40),
            }
        );
        RunAt(At(2026, 11, 25, 9, 0));
        Assert.Null(_bot.Db.Processed.FindById("old"));
        Assert.NotNull(_bot.Db.Processed.FindById("recent"));
        Assert.Equal(["failed"], _bot.Db.Outbox.Find(m => m.Chat == "telegram:1").Select(m => m.Text));
    }

    [Fact]
    public void A_draft_untouched_for_a_day_gets_one_nudge_and_is_kept()
    {
        _bot.Clock.SetUtcNow(At(2026, 11, 23, 8, 0));
        _bot.Say(People.Lan, "/sale");
        _bot.Say(People.Lan, "bo");
        RunAt(At(2026, 11, 24, 7, 59));
        Assert.Equal(
            0,
            _bot.Db.Outbox.Count(m => m.Chat == People.Lan.Address.ToString() && m.Priority == OutboxPriority.Reminder)
        );
        RunAt(At(2026, 11, 24, 8, 1));
        RunAt(At(2026, 11, 25, 9, 0));
        var nudges = _bot
            .Db.Outbox.Find(m => m.Chat == People.Lan.Address.ToString() && m.Priority == OutboxPriority.Reminder)
            .ToList();
        Assert.Equal(T.DraftNudge("🛒 Bán hàng"), Assert.Single(nudges).Text);
        Assert.Equal("quantity", _bot.Db.Conversations.FindAll().Single().StepKey);
    }
}

[CollectionDefinition(nameof(MachineTimeZone), DisableParallelization = true)]
public sealed class MachineTimeZone : IDisposable
{
    private readonly string? _old = Environment.GetEnvironmentVariable("TZ");

    private MachineTimeZone(string zone)
    {
        Environment.SetEnvironmentVariable("TZ", zone);
        TimeZoneInfo.ClearCachedData();
        Assert.Equal(TimeZoneInfo.FindSystemTimeZoneById(zone).BaseUtcOffset, TimeZoneInfo.Local.BaseUtcOffset);
    }

    public static MachineTimeZone Set(string zone) => new(zone);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("TZ", _old);
        TimeZoneInfo.ClearCachedData();
    }
}
