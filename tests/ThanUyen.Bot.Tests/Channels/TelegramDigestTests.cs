using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;
using ThanUyen.Bot.Workers;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>
/// Officers get the digest text and chart over Telegram: pulled, and on schedule after downtime, once.
/// </summary>
public sealed class TelegramDigestTests : IAsyncLifetime
{
    private const long Hoa = 3001;
    private static readonly TimeZoneInfo Vn = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private readonly TempFolder _folder = new();
    private FakeBotApiServer _api = null!;
    private string DbPath => _folder.File("bot.db");

    public async Task InitializeAsync() => _api = await FakeBotApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _folder.Dispose();
    }

    private static ShiftedClock LocalTime(int day, int hour) =>
        new(
            new DateTimeOffset(
                TimeZoneInfo.ConvertTimeToUtc(new DateTime(2026, 11, day, hour, 0, 0), Vn),
                TimeSpan.Zero
            )
        );

    private async Task RegisterOfficer(BotHost host)
    {
        _api.UserSays(BotHost.AdminChat, "/invite officer muong kim", "Admin");
        var code = (await _api.WaitForSent(BotHost.AdminChat, 1))[0]
            .Text.Split('\n')
            .Select(l => l.Trim())
            .First(InvitationCodes.LooksLikeCode);
        _api.UserSays(Hoa, $"/start {code}", "Cầm Thị Hoa");
        await _api.WaitForSent(Hoa, 1);
        var lan = new Member
        {
            Name = "Lò Thị Lan",
            Role = Role.Member,
            VillageId = "tham-phe",
            CommuneId = "muong-kim",
            Addresses = ["telegram:2001"],
        };
        host.Db.Members.Insert(lan);
        ReportSeeder.Sale(
            host.Stores,
            lan,
            TimeZoneInfo.ConvertTimeToUtc(new DateTime(2026, 11, 19, 10, 0, 0), Vn),
            "cattle",
            2,
            "con",
            30_000_000
        );
    }

    [Fact]
    public async Task An_officer_pulls_the_digest_and_gets_the_text_and_the_chart_as_a_photo()
    {
        await using var host = await BotHost.StartAsync(_api, DbPath, clock: LocalTime(20, 9));
        await RegisterOfficer(host);
        _api.UserSays(Hoa, "/digest");
        var sent = await _api.WaitForSent(Hoa, 3);
        Assert.Contains("Bò: 2 con — 30.000.000 ₫", sent[1].Text);
        Assert.Equal("sendphoto", sent[2].Method);
        Assert.StartsWith("<file chart.png", sent[2].Body["photo"]!.ToString());
    }

    [Fact]
    public async Task A_digest_missed_while_the_service_was_down_arrives_at_the_next_start_exactly_once()
    {
        await using (var host = await BotHost.StartAsync(_api, DbPath, clock: LocalTime(21, 9)))
        {
            await RegisterOfficer(host);
            await host.WaitUntilOutboxSettled(_api.Changed);
        }

        // Down over Monday 07:00; back on Monday 10:00: the scheduler catches up at start.
        await using (var host = await BotHost.StartAsync(_api, DbPath, clock: LocalTime(23, 10)))
        {
            var sent = await _api.WaitForSent(Hoa, 3, seconds: 15);
            Assert.Contains("16/11–22/11/2026", sent[1].Text);
            Assert.Equal("sendphoto", sent[2].Method);
            await host.WaitUntilOutboxSettled(_api.Changed);
        }
        var later = LocalTime(23, 11);
        await using (var host = await BotHost.StartAsync(_api, DbPath, clock: later))
        {
            // The scheduler arms its next tick only after its catch-up pass: anything due is queued by then.
            await Eventually.True(
                () => later.TimersArmed.Contains(Scheduler.Tick),
                TimeSpan.FromSeconds(10),
                "the scheduler's catch-up pass at start",
                () => _api.Transcript(Hoa),
                later.Changed
            );
            var chat = $"telegram:{Hoa}";
            // Messages queued for Hoa: the welcome, the digest and its chart (her command list is not a message).
            Assert.Equal(3, host.Db.Outbox.Count(m => m.Chat == chat && m.Kind == Core.Chat.OutgoingKind.Message));
            Assert.Equal(3, _api.Sent(Hoa).Count);
        }
    }
}
