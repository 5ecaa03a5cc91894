using Microsoft.Playwright;
using ThanUyen.Bot.Core.Register;
using ThanUyen.Bot.Core.Reviews;
using ThanUyen.Bot.Tests.Infra;
using ThanUyen.Bot.Tests.Web;

namespace ThanUyen.Bot.BrowserTests;

/// <summary>
/// The web view as people use it: in Chromium, signed in from the link the bot sent to their (fake) Telegram
/// chat. A screenshot of every page is saved under TestResults/screenshots.
/// </summary>
public sealed class WebViewInBrowserTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private ChatWebSite _site = null!;

    public async Task InitializeAsync() => _site = await ChatWebSite.StartAsync();

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        Assert.Empty(chromium.Blocked);
    }

    /// <summary>The link from chat, pointed at this test's service (the public address is a placeholder).</summary>
    private async Task<string> LinkFor(Person person) =>
        _site.Host.Url.TrimEnd('/') + new Uri(await _site.LinkFor(person)).AbsolutePath;

    private async Task<IPage> SignIn(Person person, string screenshot, bool phone = false)
    {
        var page = await chromium.NewPage(phone);
        await page.GotoAsync(await LinkFor(person));
        await Chromium.Snap(page, screenshot);
        await page.GetByRole(AriaRole.Button, new() { Name = T.WebSignInButton }).ClickAsync();
        await page.WaitForURLAsync("**/web/");
        return page;
    }

    [Fact]
    public async Task An_officer_signs_in_from_chat_filters_reports_opens_one_with_photos_and_downloads_an_export()
    {
        var stores = _site.Host.Stores;
        stores.Writer.Write(() =>
        {
            foreach (var (indicator, target) in new[] { (Indicator.Revenue, 100_000_000m), (Indicator.Workdays, 160m) })
                stores.Register.SetTarget(indicator, "muong-kim", target);
            stores.Register.SetTarget(Indicator.CoreMembers, "muong-kim", 20);
        });
        var page = await SignIn(People.Hoa, "01-sign-in");
        Assert.Equal(T.WebNavOverview, await page.Locator("h1").InnerTextAsync());
        await Expect(page.Locator("img.chart"));
        Assert.Equal(3, await page.Locator(".targets progress").CountAsync());
        await Chromium.Snap(page, "02-overview");

        await page.GetByRole(AriaRole.Link, new() { Name = T.WebNavReports, Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/web/reports");
        Assert.Equal(2, await page.Locator("tbody tr").CountAsync());
        // Choosing a kind applies the filter at once (the page's one script).
        await page.Locator("select[name=kind]").SelectOptionAsync("progress");
        await page.WaitForURLAsync(url => url.Contains("kind=progress", StringComparison.Ordinal));
        Assert.Equal(1, await page.Locator("tbody tr").CountAsync());
        await Chromium.Snap(page, "03-reports-filtered");

        var code = _site.World.MuongKimProgress.Code;
        await page.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await page.WaitForURLAsync($"**/web/reports/{code}");
        await Expect(page.Locator(".photos img").Nth(1));
        Assert.Equal(2, await page.Locator(".photos img").CountAsync());
        Assert.Contains(T.WebPhotoOnTelegram, await page.Locator(".photos").InnerTextAsync(), StringComparison.Ordinal);
        await Chromium.Snap(page, "04-report");
        var full = await page.RunAndWaitForResponseAsync(
            () => page.Locator(".photos a").First.ClickAsync(),
            r => r.Url.EndsWith($"/web/photo/{code}/0", StringComparison.Ordinal)
        );
        Assert.Equal(200, full.Status);
        Assert.Equal("image/jpeg", full.Headers["content-type"]);
        await page.GoBackAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = T.WebNavWorks, Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/web/works");
        Assert.Equal(1, await page.Locator("svg.map circle").CountAsync());
        await Chromium.Snap(page, "05-works");

        await page.GetByRole(AriaRole.Link, new() { Name = T.WebNavExport, Exact = true }).ClickAsync();
        await Chromium.Snap(page, "06-export");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = T.WebDownload }).ClickAsync()
        );
        Assert.StartsWith("thanuyen-muong-kim-", download.SuggestedFilename, StringComparison.Ordinal);
        var file = Path.Combine(Chromium.Screenshots, download.SuggestedFilename);
        await download.SaveAsAsync(file);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(file)[..2]); // an XLSX is a zip

        await page.GetByRole(AriaRole.Button, new() { Name = T.WebSignOut }).ClickAsync();
        await page.WaitForURLAsync("**/web/signed-out");
        var after = await page.GotoAsync($"{_site.Host.Url}/web/reports/{code}");
        Assert.Equal(401, after!.Status);
    }

    [Fact]
    public async Task The_officer_of_the_other_commune_gets_nothing_of_it()
    {
        var page = await SignIn(People.Sung, "07-sign-in-pha-mu", phone: true);
        await Chromium.Snap(page, "08-overview-pha-mu-phone");
        Assert.DoesNotContain("Mường Kim", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        var code = _site.World.MuongKimProgress.Code;
        var report = await page.GotoAsync($"{_site.Host.Url}/web/reports/{code}");
        Assert.Equal(404, report!.Status);
        await Chromium.Snap(page, "09-not-found-for-pha-mu");
        Assert.Equal(404, (await page.GotoAsync($"{_site.Host.Url}/web/photo/{code}/0"))!.Status);
        var list = await page.GotoAsync($"{_site.Host.Url}/web/reports?commune=muong-kim");
        Assert.Equal(403, list!.Status);

        await page.GotoAsync($"{_site.Host.Url}/web/reports");
        var rows = await page.Locator("tbody").InnerTextAsync();
        Assert.Contains(_site.World.PhaMuSale.Code, rows, StringComparison.Ordinal);
        Assert.DoesNotContain(code, rows, StringComparison.Ordinal);
        await Chromium.Snap(page, "10-reports-pha-mu-phone");
        await page.GotoAsync($"{_site.Host.Url}/web/export");
        Assert.Equal(
            ["pha-mu"],
            await page.Locator("select[name=commune] option").EvaluateAllAsync<string[]>("o => o.map(x => x.value)")
        );
    }

    [Fact]
    public async Task An_admin_sees_members_and_sessions_and_a_used_link_says_to_ask_the_bot_again()
    {
        var link = await LinkFor(People.Admin);
        var page = await chromium.NewPage();
        await page.GotoAsync(link);
        await page.GetByRole(AriaRole.Button, new() { Name = T.WebSignInButton }).ClickAsync();
        await page.WaitForURLAsync("**/web/");
        await page.GotoAsync($"{_site.Host.Url}/web/members");
        Assert.Contains(People.Lan.Name, await page.Locator("tbody").InnerTextAsync(), StringComparison.Ordinal);
        await Chromium.Snap(page, "11-members");
        await page.GotoAsync($"{_site.Host.Url}/web/sessions");
        await Chromium.Snap(page, "12-sessions");

        var again = await page.GotoAsync(link);
        Assert.Equal(410, again!.Status);
        Assert.Contains(T.WebAskBotAgain, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await Chromium.Snap(page, "13-link-used");
    }

    [Fact]
    public async Task An_officer_sends_a_report_back_with_a_comment_and_the_reporter_gets_it_with_the_edit_button()
    {
        var sale = ReportSeeder.Status(_site.Host.Stores, _site.World.MuongKimSale, ReviewStatus.New);
        var page = await SignIn(People.Hoa, "14-sign-in-to-review", phone: true);
        await page.GotoAsync($"{_site.Host.Url}/web/reports?status=moi");
        Assert.Equal(1, await page.Locator("tbody tr").CountAsync());
        Assert.Contains(
            T.ReviewStatusMark(ReviewStatus.New),
            await page.Locator("tbody").InnerTextAsync(),
            StringComparison.Ordinal
        );
        await Chromium.Snap(page, "15-reports-waiting-phone");

        await page.GetByRole(AriaRole.Link, new() { Name = sale.Code }).ClickAsync();
        await page.WaitForURLAsync($"**/web/reports/{sale.Code}");
        await Chromium.Snap(page, "16-report-to-review-phone");
        const string comment = "Giá bò cao quá, bạn xem lại số tiền nhé";
        await page.Locator("textarea[name=comment]").FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = T.ReviewSendBackButton }).ClickAsync();
        await page.WaitForURLAsync($"**/web/reports/{sale.Code}#duyet");
        Assert.Contains(
            T.ReviewStatusMark(ReviewStatus.NeedsChanges),
            await page.Locator("section.review").InnerTextAsync(),
            StringComparison.Ordinal
        );
        var history = await page.Locator("table.review-history").InnerTextAsync();
        Assert.Contains(comment, history, StringComparison.Ordinal);
        Assert.Contains(People.Hoa.Name, history, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("form[action$='/review']").CountAsync()); // decided: no more forms
        await Chromium.Snap(page, "17-report-sent-back-phone");

        // Lan's Telegram chat: the comment, the report's summary and the button that opens the edit.
        var lan = long.Parse(People.Lan.Address.Id, System.Globalization.CultureInfo.InvariantCulture);
        await _site.Api.WaitForSent(lan, 1);
        var told = Assert.Single(_site.Api.ChatView(lan));
        Assert.Contains(comment, told.Text, StringComparison.Ordinal);
        Assert.Contains(sale.Code, told.Text, StringComparison.Ordinal);
        Assert.Equal([T.ReviewEditButton(sale.Code)], told.Keyboard);
        Assert.StartsWith("✏️ Sửa", told.Keyboard[0], StringComparison.Ordinal);
        // Pressing it opens the report for editing, as after a send-back in chat.
        _site.Api.UserPresses(lan, ReviewButton.Edit(sale.Code), People.Lan.Name);
        await _site.Api.WaitForSent(lan, 2);
        Assert.NotNull(_site.Host.Stores.Conversations.Find(People.Lan.Address.ToString()));
    }

    /// <summary>Waits until an image has loaded (and fails if it cannot).</summary>
    private static async Task Expect(ILocator image)
    {
        await image.WaitForAsync();
        await image.EvaluateAsync(
            "img => img.complete ? true : new Promise((ok, no) => { img.onload = ok; img.onerror = no; })"
        );
        Assert.True(await image.EvaluateAsync<bool>("img => img.naturalWidth > 0"));
    }
}
