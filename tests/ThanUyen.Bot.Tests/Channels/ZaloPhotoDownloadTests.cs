using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>
/// Photos Zalo users send are fetched from a URL in the update: a slow, redirecting or foreign URL must
/// neither hang intake nor reach another host, and a re-delivered update is not fetched again.
/// </summary>
public sealed class ZaloPhotoDownloadTests : IAsyncLifetime
{
    private const string Mai = "a1b2c3d4e5";
    private readonly TempFolder _folder = new();
    private FakeZaloServer _zalo = null!;
    private BotHost? _host;

    public async Task InitializeAsync() => _zalo = await FakeZaloServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        await _zalo.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>The fake CDN is plain http on 127.0.0.1: allowed here only by naming its origin.</summary>
    private async Task Start(string? mediaHost = null) =>
        _host = await BotHost.StartAsync(
            null,
            _folder.File("bot.db"),
            new() { ["Zalo:MediaHosts:0"] = mediaHost ?? _zalo.BaseUrl, ["Zalo:PhotoDownloadSeconds"] = "1" },
            zalo: _zalo
        );

    private Task<string> Next(Action act) => _zalo.Next(Mai, act);

    [Fact]
    public async Task A_photo_whose_download_stalls_is_dropped_and_the_next_message_is_answered()
    {
        await Start();
        await Next(() => _zalo.UserSendsImageAt(Mai, $"{_zalo.BaseUrl}/stalled/site.jpg"));
        var reply = await Next(() => _zalo.UserSays(Mai, "xin chao"));
        Assert.NotEmpty(reply);
        Assert.Contains("stalled/site.jpg", _zalo.ImageRequests);
    }

    [Fact]
    public async Task A_photo_link_that_redirects_is_not_followed()
    {
        await Start();
        _zalo.Images["site.jpg"] = [0xFF, 0xD8, 0xFF, 1];
        await Next(() => _zalo.UserSendsImageAt(Mai, $"{_zalo.BaseUrl}/redirect/site.jpg"));
        Assert.Equal(["redirect/site.jpg"], _zalo.ImageRequests);
    }

    [Fact]
    public async Task A_plain_http_photo_link_is_not_fetched_unless_that_origin_is_allowed()
    {
        await Start(mediaHost: "127.0.0.1"); // the host alone means https only
        _zalo.Images["site.jpg"] = [0xFF, 0xD8, 0xFF, 1];
        await Next(() => _zalo.UserSendsImage(Mai, "site.jpg"));
        await Next(() => _zalo.UserSays(Mai, "xin chao"));
        Assert.Empty(_zalo.ImageRequests);
    }

    [Fact]
    public async Task A_photo_from_a_host_outside_the_allowlist_is_not_fetched()
    {
        await Start(mediaHost: "https://cdn.example.vn");
        _zalo.Images["site.jpg"] = [0xFF, 0xD8, 0xFF, 1];
        await Next(() => _zalo.UserSendsImage(Mai, "site.jpg"));
        Assert.Empty(_zalo.ImageRequests);
    }

    [Fact]
    public async Task A_photo_update_delivered_twice_is_downloaded_once()
    {
        await Start();
        _zalo.Images["site.jpg"] = [0xFF, 0xD8, 0xFF, 1];
        var update = await Task.FromResult(_zalo.UserSendsImage(Mai, "site.jpg"));
        await _zalo.WaitForSent(Mai, 1);
        _zalo.Queue(update.DeepClone().AsObject());
        // Handling is in order: once the marker is answered, the repeat has been seen.
        await Next(() => _zalo.UserSays(Mai, "xin chao"));
        Assert.Equal(["site.jpg"], _zalo.ImageRequests);
        Assert.Equal(2, _zalo.Sent(Mai).Count);
    }
}
