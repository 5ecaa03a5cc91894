using Microsoft.Playwright;

namespace ThanUyen.Bot.BrowserTests;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download: see scripts/test-deps), and where the
/// screenshots of every page go: TestResults/screenshots beside the test assembly.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string Executable = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>What the Content-Security-Policy blocked on any page so far.</summary>
    public System.Collections.Concurrent.ConcurrentBag<string> Blocked { get; } = [];

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        Assert.True(
            File.Exists(Executable),
            $"{Executable} is missing: run scripts/test-deps (apt-get install chromium)"
        );
        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Executable, Headless = true });
    }

    /// <summary>A fresh browser profile (no cookies) the size of a laptop or of a cheap phone.</summary>
    public async Task<IPage> NewPage(bool phone = false)
    {
        var context = await Browser.NewContextAsync(
            new()
            {
                ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 860 },
                Locale = "vi-VN",
                AcceptDownloads = true,
            }
        );
        var page = await context.NewPageAsync();
        // Anything the Content-Security-Policy blocks is a defect of the page: tests check none was.
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                Blocked.Add($"{page.Url}: {message.Text}");
        };
        return page;
    }

    public static async Task Snap(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
