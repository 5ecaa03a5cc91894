using ThanUyen.Bot.Channels.Zalo;

namespace ThanUyen.Bot.Tests.Channels;

public sealed class MediaHostAllowlistTests
{
    [Theory]
    [InlineData("https://photo-1.zdn.vn/a.jpg", true)]
    [InlineData("https://s120.zadn.vn/x/y.jpg", true)]
    [InlineData("http://photo-1.zdn.vn/a.jpg", false)] // https only unless an origin says otherwise
    [InlineData("https://photo-1.zdn.vn:8443/a.jpg", false)]
    [InlineData("https://zdn.vn.evil.example/a.jpg", false)]
    [InlineData("https://evilzdn.vn/a.jpg", false)]
    [InlineData("https://user:pw@photo.zdn.vn/a.jpg", false)]
    [InlineData("https://169.254.169.254/latest", false)]
    [InlineData("http://127.0.0.1:5000/images/a.jpg", true)] // the explicit origin below
    [InlineData("http://127.0.0.1:5001/images/a.jpg", false)]
    [InlineData("https://cdn.example.vn/a.jpg", true)]
    public void Only_https_photo_links_on_listed_hosts_or_an_exact_listed_origin_are_fetched(string url, bool allowed)
    {
        var list = new MediaHostAllowlist(["*.zdn.vn", "*.zadn.vn", "cdn.example.vn", "http://127.0.0.1:5000"]);
        Assert.Equal(allowed, list.Allows(new Uri(url)));
    }
}
