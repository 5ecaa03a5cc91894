using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reviews;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>
/// A review on Zalo end to end: the real service, the typed Zalo client over HTTP, the fake Zalo Bot API.
/// No buttons: the card's choices are numbered lines, answered by typing.
/// </summary>
public sealed class ZaloReviewTests : IAsyncLifetime
{
    private const string Admin = "zadmin01",
        Mai = "a1b2c3d4e5",
        Hai = "f00d1234";
    private readonly TempFolder _folder = new();
    private FakeZaloServer _zalo = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _zalo = await FakeZaloServer.StartAsync();
        _host = await BotHost.StartAsync(
            null,
            _folder.File("bot.db"),
            new() { ["Bot:Admins:0"] = $"zalo:{Admin}" },
            zalo: _zalo
        );
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _zalo.DisposeAsync();
        _folder.Dispose();
    }

    private Task<string> Next(string reader, Action act) => _zalo.Next(reader, act);

    private Task<string> Join(string chat, string who, string name) => _zalo.Join(Admin, chat, who, name);

    [Fact]
    public async Task An_officer_on_Zalo_sends_a_report_back_by_number_and_approves_the_fix_with_a_one()
    {
        await Join(Mai, "member tham phe", "Lường Thị Mai");
        await Join(Hai, "officer muong kim", "Lường Văn Hải");
        foreach (var answer in new[] { "/sale", "1", "3 con", "1", "12tr", "1", "hom nay", "bo qua" })
            await Next(Mai, () => _zalo.UserSays(Mai, answer));

        var card = await Next(Hai, () => _zalo.UserSays(Mai, "1"));
        Assert.Contains("🔎 BC-0001 · mới", card);
        Assert.Contains("1. ✅ Duyệt\n2. ↩️ Cần sửa\n3. 🚫 Loại\n4. ⏭️ Để sau", card);

        Assert.StartsWith("↩️ BC-0001 cần sửa gì?", await Next(Hai, () => _zalo.UserSays(Hai, "2")));
        var comment = await Next(Mai, () => _zalo.UserSays(Hai, "Bản chỉ bán 2 con"));
        Assert.Contains("💬 Lường Văn Hải: Bản chỉ bán 2 con", comment);
        Assert.Contains("Gõ /edit BC-0001", comment);

        await Next(Mai, () => _zalo.UserSays(Mai, "/edit BC-0001"));
        await Next(Mai, () => _zalo.UserSays(Mai, "2")); // ✏️ Sửa
        await Next(Mai, () => _zalo.UserSays(Mai, "2")); // Số lượng
        await Next(Mai, () => _zalo.UserSays(Mai, "2 con"));
        var fixedCard = await Next(Hai, () => _zalo.UserSays(Mai, "1"));
        Assert.Contains("✏️ Lường Thị Mai đã sửa BC-0001 theo nhận xét của bạn.", fixedCard);
        Assert.Contains("🔎 BC-0001 · đã sửa, chờ duyệt", fixedCard);

        Assert.Equal("✅ Đã duyệt BC-0001.", await Next(Hai, () => _zalo.UserSays(Hai, "1")));
        Assert.Equal(ReviewStatus.Approved, _host.Stores.Reports.Find("BC-0001")!.Review.Status);
        Assert.All(_zalo.Sent(Hai), c => Assert.InRange(c.Text.Length, 1, 2000));
    }
}
