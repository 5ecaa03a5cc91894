using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Media;
using ThanUyen.Bot.Core.Reports.Kinds.Progress;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Tests.Infra;
using ThanUyen.Bot.Web;

namespace ThanUyen.Bot.Tests.Web;

/// <summary>The report page plays a kept voice note and shows a Telegram photo once the fetch queue kept it.</summary>
public sealed class WebMediaTests : IAsyncLifetime
{
    private static readonly byte[] Ogg = [(byte)'O', (byte)'g', (byte)'g', (byte)'S', 0, 2, 7, 7];
    private readonly TempFolder _folder = new();
    private BotHost _host = null!;
    private WebWorld _world = null!;
    private WebVisitor _hoa = null!;
    private WebVisitor _sung = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync(null, _folder.File("data/bot.db"));
        var now = DateTime.UtcNow;
        _world = WebWorld.Seed(_host.Services, now);
        _hoa = new WebVisitor(_host.Url, WebWorld.SessionFor(_host.Services, _world.Hoa, now));
        _sung = new WebVisitor(_host.Url, WebWorld.SessionFor(_host.Services, _world.Sung, now));
        // The problem told by voice, and the Telegram photo and voice note as the fetch queue leaves them.
        var stores = _host.Stores;
        var media = _host.Services.GetRequiredService<MediaStore>();
        var telegramPhoto = ReportMedia.Photos(_world.MuongKimProgress)[2];
        media.Save([0xFF, 0xD8, 0xFF, 0xE0, 9], "p.jpg", "image/jpeg", null, ReportMedia.KeyOf(telegramPhoto));
        media.Save(Ogg, "v.ogg", "audio/ogg", null, ReportMedia.KeyOf("AwAC-voice"));
        stores.Writer.Write(() =>
        {
            var report = stores.Reports.Find(_world.MuongKimProgress.Code)!;
            report.Answers["problems"] = "voice:AwAC-voice:42";
            report.FactsAs<ProgressFacts>()!.Problems = "voice:AwAC-voice:42";
            stores.Reports.Save(report);
        });
    }

    public async Task DisposeAsync()
    {
        _hoa.Dispose();
        _sung.Dispose();
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task An_officer_hears_the_voice_problem_and_sees_the_fetched_telegram_photo_on_the_report_page()
    {
        var code = _world.MuongKimProgress.Code;

        var html = await _hoa.Text($"/web/reports/{code}");
        Assert.Contains($"<audio controls preload=\"none\"", html, StringComparison.Ordinal);
        Assert.Contains($"src=\"/web/voice/{code}/0\"", html, StringComparison.Ordinal);
        Assert.Contains("🎤 0:42", html, StringComparison.Ordinal);
        Assert.Contains($"/web/photo/{code}/2/thumb", html, StringComparison.Ordinal);
        Assert.DoesNotContain(T.WebPhotoOnTelegram, html, StringComparison.Ordinal);

        var voice = await _hoa.Get($"/web/voice/{code}/0");
        Assert.Equal(200, (int)voice.StatusCode);
        Assert.Equal("audio/ogg", voice.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Ogg, await voice.Content.ReadAsByteArrayAsync());
        Assert.Equal(200, (int)(await _hoa.Get($"/web/photo/{code}/2")).StatusCode);
        Assert.Equal(404, (int)(await _sung.Get($"/web/voice/{code}/0")).StatusCode); // another commune
        Assert.Equal(404, (int)(await _hoa.Get($"/web/voice/{code}/1")).StatusCode);
    }
}
