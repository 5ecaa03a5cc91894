using System.IO.Compression;
using ClosedXML.Excel;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Tests.Infra;
using ThanUyen.Bot.Web;

namespace ThanUyen.Bot.Tests.Web;

/// <summary>What the web pages show and how they are built, over HTTP as an admin or officer sees them.</summary>
public sealed class WebPagesTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private BotHost _host = null!;
    private WebWorld _world = null!;
    private WebVisitor _admin = null!;
    private WebVisitor _hoa = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync(null, _folder.File("data/bot.db"));
        var now = DateTime.UtcNow;
        _world = WebWorld.Seed(_host.Services, now);
        _admin = new WebVisitor(_host.Url, WebWorld.SessionFor(_host.Services, _world.Admin, now));
        _hoa = new WebVisitor(_host.Url, WebWorld.SessionFor(_host.Services, _world.Hoa, now));
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        _hoa.Dispose();
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task The_report_list_filters_by_kind_village_reporter_date_and_loose_text_newest_first()
    {
        var all = await _admin.Text("/web/reports");
        Assert.True(
            all.IndexOf("BC-0003", StringComparison.Ordinal) < all.IndexOf("BC-0001", StringComparison.Ordinal)
        );
        Assert.Contains(T.WebReportCount(3, 1, 1), all, StringComparison.Ordinal);

        var progress = await _admin.Text("/web/reports?kind=progress");
        Assert.Contains("BC-0002", progress, StringComparison.Ordinal);
        Assert.DoesNotContain("BC-0001", progress, StringComparison.Ordinal);
        Assert.Contains(
            T.WebReportCount(1, 1, 1),
            await _admin.Text("/web/reports?village=pa-khom"),
            StringComparison.Ordinal
        );
        Assert.Contains(
            T.WebReportCount(2, 1, 1),
            await _admin.Text($"/web/reports?reporter={_world.Lan.Id}"),
            StringComparison.Ordinal
        );
        // "mat ong" finds "🍯 Mật ong" in the summary, without diacritics.
        var honey = await _admin.Text("/web/reports?q=mat+ong");
        Assert.Contains("BC-0003", honey, StringComparison.Ordinal);
        Assert.Contains(T.WebReportCount(1, 1, 1), honey, StringComparison.Ordinal);
        var tomorrow = DateOnly
            .FromDateTime(DateTime.UtcNow.AddDays(2))
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(T.WebNoReports, await _admin.Text($"/web/reports?from={tomorrow}"), StringComparison.Ordinal);
        // An officer's list is their commune's only.
        var hoa = await _hoa.Text("/web/reports");
        Assert.Contains(T.WebReportCount(2, 1, 1), hoa, StringComparison.Ordinal);
        Assert.DoesNotContain("BC-0003", hoa, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reports_page_shows_its_answers_as_the_confirm_step_did_its_photos_place_and_history()
    {
        var stores = _host.Stores;
        var code = _world.MuongKimProgress.Code;
        stores.Writer.Write(() =>
            stores.Audit.Record(_world.Lan, DateTime.UtcNow, "report.edit", code, "Hoàn thành: 40 % → 45 %")
        );

        var html = await _hoa.Text($"/web/reports/{code}");
        Assert.Contains("<th scope=\"row\">Công trình</th><td>", html, StringComparison.Ordinal);
        Assert.Contains(_world.MuongKimWork.Name, html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Hoàn thành</th><td>45 %</td>", html, StringComparison.Ordinal);
        Assert.Contains("Thiếu xi măng", html, StringComparison.Ordinal);
        Assert.Contains($"/web/photo/{code}/0/thumb", html, StringComparison.Ordinal);
        Assert.Contains($"/web/photo/{code}/1/thumb", html, StringComparison.Ordinal);
        Assert.Contains(T.WebPhotoOnTelegram, html, StringComparison.Ordinal);
        Assert.Contains(
            "https://www.openstreetmap.org/?mlat=22.0411&amp;mlon=103.8902",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains("Hoàn thành: 40 % → 45 %", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_thumbnail_is_made_once_small_and_kept()
    {
        var code = _world.MuongKimProgress.Code;
        var first = await _hoa.Get($"/web/photo/{code}/0/thumb");
        Assert.Equal("image/jpeg", first.Content.Headers.ContentType?.MediaType);
        var thumb = await first.Content.ReadAsByteArrayAsync();
        var full = await (await _hoa.Get($"/web/photo/{code}/0")).Content.ReadAsByteArrayAsync();
        Assert.True(thumb.Length < full.Length / 3, $"thumbnail {thumb.Length} bytes, photo {full.Length}");
        var file = Assert.Single(Directory.GetFiles(_folder.File("data/media/thumbs")));
        var made = File.GetLastWriteTimeUtc(file);
        await _hoa.Get($"/web/photo/{code}/0/thumb");
        Assert.Equal(
            made,
            File.GetLastWriteTimeUtc(Assert.Single(Directory.GetFiles(_folder.File("data/media/thumbs"))))
        );
        Assert.Equal(404, (int)(await _hoa.Get($"/web/photo/{code}/2/thumb")).StatusCode); // still on Telegram
    }

    [Fact]
    public async Task The_overview_shows_this_and_last_weeks_digest_the_chart_and_a_place_for_targets()
    {
        var html = await _hoa.Text("/web/");
        Assert.Contains(T.WebThisWeek, html, StringComparison.Ordinal);
        Assert.Contains(T.WebLastWeek, html, StringComparison.Ordinal);
        Assert.Contains("36.000.000", html, StringComparison.Ordinal);
        Assert.Contains("id=\"muc-tieu-muong-kim\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Pha Mu", html, StringComparison.Ordinal);
        var src = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/web/chart/[^\"]+)\"").Groups[1].Value;
        var chart = await _hoa.Get(src);
        Assert.Equal("image/png", chart.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_works_page_shows_progress_bars_and_a_map_that_needs_no_tiles()
    {
        var html = await _hoa.Text("/web/works");
        Assert.Contains("<progress max=\"100\" value=\"45\">", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"map\"", html, StringComparison.Ordinal);
        Assert.Contains(
            $"<a href=\"/web/reports/{_world.MuongKimProgress.Code}\"><circle",
            html,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("Pá Khôm", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_downloads_the_chats_file_for_the_officers_commune_and_is_audited()
    {
        var token = await _hoa.TokenFrom("/web/export");
        var xlsx = await _hoa.Post("/web/export", new() { ["commune"] = "muong-kim", ["format"] = "xlsx" }, token);
        Assert.Equal(200, (int)xlsx.StatusCode);
        Assert.Contains(
            "thanuyen-muong-kim-",
            xlsx.Content.Headers.ContentDisposition?.FileName,
            StringComparison.Ordinal
        );
        using var book = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        Assert.Equal(2, book.Worksheet("Bán hàng").RowsUsed().Count()); // header + the Mường Kim sale
        Assert.Equal(2, book.Worksheet("Hạ tầng").RowsUsed().Count());

        var csv = await _hoa.Post("/web/export", new() { ["commune"] = "muong-kim", ["format"] = "csv" }, token);
        using var zip = new ZipArchive(await csv.Content.ReadAsStreamAsync());
        Assert.Contains(zip.Entries, e => e.Name.StartsWith("ban-hang", StringComparison.Ordinal));
        Assert.Contains(_host.Db.Audit.FindAll(), a => a.Action == "export" && a.ActorId == _world.Hoa.Id);
    }
}
