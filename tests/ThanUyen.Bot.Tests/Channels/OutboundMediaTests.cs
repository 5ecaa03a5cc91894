using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Tests.Infra;
using ThanUyen.Bot.Web;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>
/// Albums and voice notes leave through the durable outbox like any message: Telegram gets sendMediaGroup /
/// sendVoice (a file_id as it is, a kept file uploaded), Zalo gets links or a line saying what is kept, the
/// console a line per photo or voice note.
/// </summary>
public sealed class OutboundMediaTests
{
    private const long Chat = 4242;
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5];
    private static readonly byte[] Ogg = [0x4F, 0x67, 0x67, 0x53, 9, 9, 9];

    private static string Keep(BotHost host, byte[] bytes, string name) =>
        host.Services.GetRequiredService<MediaStore>().Save(bytes, name, "application/octet-stream", null);

    private static void Queue(BotHost host, string chat, string caption, Action<OutgoingMessage> fill)
    {
        var now = DateTime.UtcNow;
        var message = new OutgoingMessage
        {
            Chat = chat,
            Text = caption,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        fill(message);
        host.Stores.Writer.Write(() => host.Stores.Outbox.Add(message));
        host.Services.GetRequiredService<OutboxSignal>().Notify();
    }

    [Fact]
    public async Task An_officer_on_Telegram_gets_three_photos_as_one_album_with_the_caption_the_kept_one_uploaded()
    {
        using var folder = new TempFolder();
        await using var api = await FakeBotApiServer.StartAsync();
        await using var host = await BotHost.StartAsync(api, folder.File("data/bot.db"));
        var kept = Keep(host, Jpeg, "photo.jpg");

        Queue(
            host,
            $"telegram:{Chat}",
            "📷 BC-0007 — Đường bản Hàng, 60%",
            m => m.Album = [new() { FileId = "AgACphoto1" }, new() { MediaId = kept }, new() { FileId = "AgACphoto3" }]
        );

        await api.WaitForSent(Chat.ToString(System.Globalization.CultureInfo.InvariantCulture), 1);
        var album = Assert.Single(api.Media(Chat));
        Assert.Equal("album", album.Kind);
        Assert.Equal("📷 BC-0007 — Đường bản Hàng, 60%", album.Caption);
        Assert.Equal(3, album.Photos);
        Assert.Equal("AgACphoto1", album.Items[0]);
        Assert.Equal([0, Jpeg.Length, 0], album.Bytes);
        await host.WaitUntilOutboxSettled();
    }

    [Fact]
    public async Task A_single_photo_goes_as_a_photo_and_twelve_photos_as_two_albums_the_caption_on_the_first()
    {
        using var folder = new TempFolder();
        await using var api = await FakeBotApiServer.StartAsync();
        await using var host = await BotHost.StartAsync(api, folder.File("data/bot.db"));

        Queue(host, $"telegram:{Chat}", "một ảnh", m => m.Album = [new() { FileId = "AgACone" }]);
        Queue(
            host,
            $"telegram:{Chat}",
            "mười hai ảnh",
            m => m.Album = [.. Enumerable.Range(1, 12).Select(i => new OutgoingMedia { FileId = $"AgAC{i}" })]
        );

        await api.WaitUntil(() => api.Media(Chat).Count == 3, "three media sends");
        var sent = api.Media(Chat);
        Assert.Equal(("photo", 1, "một ảnh"), (sent[0].Kind, sent[0].Photos, sent[0].Caption));
        Assert.Equal(("album", 10, "mười hai ảnh"), (sent[1].Kind, sent[1].Photos, sent[1].Caption));
        Assert.Equal(("album", 2, ""), (sent[2].Kind, sent[2].Photos, sent[2].Caption));
    }

    [Fact]
    public async Task A_kept_voice_note_is_uploaded_with_its_duration_and_one_with_a_file_id_is_sent_again()
    {
        using var folder = new TempFolder();
        await using var api = await FakeBotApiServer.StartAsync();
        await using var host = await BotHost.StartAsync(api, folder.File("data/bot.db"));
        var kept = Keep(host, Ogg, "voice.ogg");

        Queue(host, $"telegram:{Chat}", "🎤 Lò Văn A — 0:42", m => m.Voice = new() { MediaId = kept, Seconds = 42 });
        Queue(host, $"telegram:{Chat}", "", m => m.Voice = new() { FileId = "AwACvoice", Seconds = 5 });

        await api.WaitUntil(() => api.Media(Chat).Count == 2, "two voice notes");
        var (uploaded, again) = (api.Media(Chat)[0], api.Media(Chat)[1]);
        Assert.Equal(("voice", "🎤 Lò Văn A — 0:42", 42), (uploaded.Kind, uploaded.Caption, uploaded.Duration));
        Assert.Equal([Ogg.Length], uploaded.Bytes);
        Assert.Equal(("voice", "AwACvoice", 0L, 5), (again.Kind, again.Items[0], again.Bytes[0], again.Duration));
    }

    [Fact]
    public async Task An_album_that_failed_before_a_restart_is_sent_once_after_it()
    {
        using var folder = new TempFolder();
        var db = folder.File("data/bot.db");
        await using var api = await FakeBotApiServer.StartAsync();
        api.Fault = (method, _) => method == "sendmediagroup" ? Fault.ServerError : null;
        await using (var host = await BotHost.StartAsync(api, db))
        {
            Queue(
                host,
                $"telegram:{Chat}",
                "ảnh công trình",
                m => m.Album = [new() { FileId = "AgACa" }, new() { FileId = "AgACb" }]
            );
            await api.WaitUntil(() => api.CallsTo("sendMediaGroup") > 0, "a failed album send");
        }
        api.Fault = null;

        await using var restarted = await BotHost.StartAsync(api, db);
        await restarted.WaitUntilOutboxSettled(api.Changed);
        var album = Assert.Single(api.Media(Chat), m => m.Kind == "album");
        Assert.Equal(["AgACa", "AgACb"], album.Items);
        Assert.Equal("ảnh công trình", album.Caption);
    }

    [Fact]
    public async Task On_Zalo_with_a_public_address_kept_photos_go_as_links_and_the_others_are_counted()
    {
        using var folder = new TempFolder();
        await using var zalo = await FakeZaloServer.StartAsync();
        await using var host = await BotHost.StartAsync(
            null,
            folder.File("data/bot.db"),
            new() { ["Web:PublicBaseUrl"] = "https://bot.example.vn" },
            zalo: zalo
        );
        var (a, b) = (Keep(host, Jpeg, "a.jpg"), Keep(host, Jpeg, "b.jpg"));

        Queue(
            host,
            "zalo:mai01",
            "📷 BC-0007",
            m => m.Album = [new() { MediaId = a }, new() { MediaId = b }, new() { FileId = "AgACtelegram" }]
        );

        var sent = await zalo.WaitForSent("mai01", 2);
        Assert.All(sent, s => Assert.Equal("sendphoto", s.Method));
        Assert.Equal($"https://bot.example.vn/media/{a}", sent[0].Body["photo"]!.ToString());
        Assert.Equal($"https://bot.example.vn/media/{b}", sent[1].Body["photo"]!.ToString());
        Assert.Equal("📷 BC-0007\n" + T.PhotosKept(1), sent[0].Text);
        await host.WaitUntilOutboxSettled();
        Assert.Equal(2, zalo.Sent("mai01").Count);
    }

    [Fact]
    public async Task On_Zalo_without_a_public_address_one_line_says_how_many_photos_are_kept_and_a_voice_is_kept()
    {
        using var folder = new TempFolder();
        await using var zalo = await FakeZaloServer.StartAsync();
        await using var host = await BotHost.StartAsync(null, folder.File("data/bot.db"), zalo: zalo);
        var kept = Keep(host, Jpeg, "a.jpg");

        Queue(host, "zalo:mai02", "📷 BC-0007", m => m.Album = [new() { MediaId = kept }, new() { FileId = "x" }]);
        Queue(host, "zalo:mai02", "🎤 Lò Văn A", m => m.Voice = new() { MediaId = kept, Seconds = 75 });

        var sent = await zalo.WaitForSent("mai02", 2);
        Assert.Equal(["sendmessage", "sendmessage"], sent.Select(s => s.Method));
        Assert.Equal("📷 BC-0007\n" + T.PhotosKept(2), sent[0].Text);
        Assert.Equal("🎤 Lò Văn A\n" + T.VoiceKeptNotPlayable(75), sent[1].Text);
        Assert.Contains("1:15", sent[1].Text);
    }

    [Fact]
    public async Task The_console_prints_a_line_for_each_photo_and_for_the_voice_note()
    {
        using var folder = new TempFolder();
        var console = new ScriptedConsole();
        await using var host = await BotHost.StartAsync(null, folder.File("data/bot.db"), console: console.IO);

        Queue(host, "console:local", "Ảnh BC-0007", m => m.Album = [new() { FileId = "a" }, new() { FileId = "b" }]);
        Queue(host, "console:local", "Khó khăn", m => m.Voice = new() { FileId = "v", Seconds = 42 });

        string Printed() => string.Concat(console.Printed);
        await Eventually.True(
            () => Printed().Contains(T.ConsoleVoice(42), StringComparison.Ordinal),
            TimeSpan.FromSeconds(10),
            "the voice note's line",
            Printed
        );
        Assert.Contains("🤖 Ảnh BC-0007\n   [ảnh 1/2]\n   [ảnh 2/2]\n", Printed());
        Assert.Contains("🤖 Khó khăn\n   [tin nhắn thoại 0:42]\n", Printed());
        console.EndOfInput();
    }
}
