using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports.Kinds.Progress;
using ThanUyen.Bot.Core.Reports.Kinds.Sale;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>The Zalo channel by polling: the real service, the typed client over HTTP, the fake Zalo Bot API.</summary>
public sealed class ZaloTests : IAsyncLifetime
{
    private const string Admin = "zadmin01",
        Mai = "a1b2c3d4e5";
    private readonly TempFolder _folder = new();
    private FakeZaloServer _zalo = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _zalo = await FakeZaloServer.StartAsync();
        _host = await BotHost.StartAsync(
            null,
            _folder.File("bot.db"),
            new() { ["Bot:Admins:0"] = $"zalo:{Admin}", ["Web:PublicBaseUrl"] = "https://bot.example.vn" },
            zalo: _zalo
        );
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _zalo.DisposeAsync();
        _folder.Dispose();
    }

    private Task<string> Next(string chat, Action act) => _zalo.Next(chat, act);

    [Fact]
    public async Task A_Zalo_user_joins_by_sending_just_the_code_and_files_a_sale_answering_with_numbers_and_words()
    {
        var welcome = await _zalo.Join(Admin, Mai, "member huoi bac");
        Assert.Contains("Lường Thị Mai", welcome);
        Assert.Contains("3. 🛒 Bán hàng — /sale", welcome); // the menu is numbered: "3" works too

        var product = await Next(Mai, () => _zalo.UserSays(Mai, "/sale"));
        Assert.Contains("1. 🐄 Bò", product);
        Assert.Contains("3. 🐔 Gà đen", product);
        await Next(Mai, () => _zalo.UserSays(Mai, "3"));
        await Next(Mai, () => _zalo.UserSays(Mai, "12 con"));
        await Next(Mai, () => _zalo.UserSays(Mai, "2"));
        await Next(Mai, () => _zalo.UserSays(Mai, "3tr"));
        await Next(Mai, () => _zalo.UserSays(Mai, "cho"));
        await Next(Mai, () => _zalo.UserSays(Mai, "hom nay"));
        var confirm = await Next(Mai, () => _zalo.UserSays(Mai, "bo qua"));
        Assert.Contains("1. ✅ Lưu", confirm);
        var saved = await Next(Mai, () => _zalo.UserSays(Mai, "1"));

        Assert.Contains("BC-0001", saved);
        var sale = _host.Db.Reports.FindAll().Single().FactsAs<SaleFacts>()!;
        Assert.Equal(("chicken", 12m, 3_000_000m, "market"), (sale.Product, sale.Quantity, sale.Total, sale.Buyer));
        Assert.All(_zalo.Sent(Mai), c => Assert.InRange(c.Text.Length, 1, 2000));
    }

    [Fact]
    public async Task Zalo_shows_typing_while_an_export_is_built_and_keeps_its_numbered_questions()
    {
        var file = await Next(Admin, () => _zalo.UserSays(Admin, "/export", "Admin"));
        Assert.Contains("https://bot.example.vn/", file);
        await Eventually.True(
            () =>
                _zalo.Calls.Any(c =>
                    c.Method == "sendchataction"
                    && c.Body["chat_id"]?.ToString() == Admin
                    && c.Body["action"]?.ToString() == "typing"
                ),
            TimeSpan.FromSeconds(10),
            "typing shown to the admin"
        );
        var question = await Next(Admin, () => _zalo.UserSays(Admin, "/sale", "Admin"));
        Assert.Contains("1. 🐄 Bò", question);
        await Next(Admin, () => _zalo.UserSays(Admin, "1"));
        // No edits on Zalo: nothing but messages was sent.
        Assert.DoesNotContain(_zalo.Calls, c => c.Method.StartsWith("edit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_photo_is_downloaded_at_once_and_kept_with_the_report()
    {
        await _zalo.Join(Admin, Mai, "member huoi bac", start: true);
        foreach (var a in new[] { "/progress", "1", "30", "1", "5", "bo qua", "bo qua" })
            await Next(Mai, () => _zalo.UserSays(Mai, a));
        _zalo.Images["site.jpg"] = [0xFF, 0xD8, 0xFF, 1, 2, 3];
        var location = await Next(Mai, () => _zalo.UserSendsImage(Mai, "site.jpg"));
        Assert.Contains("Bỏ qua", location);
        await Next(Mai, () => _zalo.UserSays(Mai, "bo qua"));
        await Next(Mai, () => _zalo.UserSays(Mai, "1"));
        var photo = _host.Db.Reports.FindAll().Single().FactsAs<ProgressFacts>()!.PhotoFileIds.Single();
        Assert.StartsWith("media:", photo);
        var media = _host.Services.GetRequiredService<ThanUyen.Bot.Web.MediaStore>().Open(photo["media:".Length..]);
        Assert.Equal([0xFF, 0xD8, 0xFF, 1, 2, 3], await File.ReadAllBytesAsync(media!.Value.Path));
    }

    [Fact]
    public async Task Stickers_unsupported_content_unknown_events_and_the_bots_own_echoes_are_handled_quietly()
    {
        var sticker = await Next(
            Mai,
            () => _zalo.Queue(_zalo.Update("message.sticker.received", Mai, "Mai", m => m["sticker"] = "x"))
        );
        Assert.Equal(T.NotRegistered, sticker);
        _zalo.Queue(_zalo.Update("message.reaction.received", Mai, "Mai", _ => { }));
        _zalo.Queue(
            _zalo.Update(
                "message.text.received",
                Mai,
                "bot",
                m =>
                {
                    m["text"] = "echo";
                    m["from"]!["id"] = FakeZaloServer.BotId;
                }
            )
        );
        var unsupported = await Next(
            Mai,
            () => _zalo.Queue(_zalo.Update("message.unsupported.received", Mai, "Mai", _ => { }))
        );
        Assert.Equal(T.NotRegistered, unsupported);
        // A marker with its own answer: Mai's messages are handled in order, so an answer to the
        // reaction or the echo would come before it.
        _zalo.UserSays(Mai, "/help");
        await _zalo.WaitUntil(() => _zalo.Sent(Mai).Any(c => c.Text == T.HelpUnregistered), "the marker answered");
        Assert.Equal([T.NotRegistered, T.NotRegistered, T.HelpUnregistered], _zalo.Sent(Mai).Select(c => c.Text));
    }

    [Fact]
    public async Task Exports_become_a_private_download_link_and_the_digest_chart_a_photo_url()
    {
        var export = await Next(Admin, () => _zalo.UserSays(Admin, "/export"));
        var link = export
            .Split(' ')
            .Last(w => w.StartsWith("https://bot.example.vn/media/", StringComparison.Ordinal))
            .Trim();
        using var http = new HttpClient();
        var download = await http.GetAsync(new Uri(new Uri(_host.Url), new Uri(link).AbsolutePath));
        Assert.True(download.IsSuccessStatusCode);
        Assert.Equal((byte)'P', (await download.Content.ReadAsByteArrayAsync())[0]); // a zip/xlsx starts with PK
        Assert.Equal(
            System.Net.HttpStatusCode.NotFound,
            (await http.GetAsync(new Uri(new Uri(_host.Url), "/media/" + new string('a', 40)))).StatusCode
        );

        var member = new Member
        {
            Name = "Lò Văn Bình",
            Role = Role.Member,
            VillageId = "pa-khom",
            CommuneId = "pha-mu",
            Addresses = ["zalo:zz1"],
        };
        _host.Db.Members.Insert(member);
        ReportSeeder.Sale(_host.Stores, member, DateTime.UtcNow, "cattle", 1, "con", 15_000_000);
        var before = _zalo.Sent(Admin).Count;
        _zalo.UserSays(Admin, "/digest pha mu");
        var sent = await _zalo.WaitForSent(Admin, before + 2);
        Assert.Equal("sendphoto", sent[before + 1].Method);
        Assert.StartsWith("https://bot.example.vn/media/", sent[before + 1].Body["photo"]!.ToString());
    }

    [Fact]
    public async Task An_admin_links_a_Telegram_member_to_their_Zalo_account_and_digests_follow_the_main_channel()
    {
        _host.Db.Members.Insert(
            new Member
            {
                Name = "Cầm Thị Hoa",
                Role = Role.Officer,
                CommuneId = "muong-kim",
                Addresses = ["telegram:3001"],
            }
        );
        await _zalo.Join(Admin, "zhoa", "officer muong kim", "Hoa Zalo");
        var reply = await Next(Admin, () => _zalo.UserSays(Admin, "/link Cầm Thị Hoa zalo:zhoa chinh"));
        Assert.Equal(T.Linked("Cầm Thị Hoa", "zalo:zhoa", true), reply);
        var hoa = _host.Stores.Members.FindByAddress(new Core.Chat.ChatAddress("telegram", "3001"))!;
        Assert.Equal(["telegram:3001", "zalo:zhoa"], hoa.Addresses);
        Assert.Equal("zalo:zhoa", hoa.MainAddress);
        Assert.Equal(hoa.Id, _host.Stores.Members.FindByAddress(new Core.Chat.ChatAddress("zalo", "zhoa"))!.Id);
    }
}
