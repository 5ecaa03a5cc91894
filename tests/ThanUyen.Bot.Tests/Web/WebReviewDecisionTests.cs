using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reviews;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Web;

/// <summary>
/// Deciding from a report's page, over HTTP, by the chat's rules: commune officers and admins, never one's own
/// report, the first decision wins, only admins change one, every form with its anti-forgery token.
/// </summary>
public sealed class WebReviewDecisionTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private BotHost _host = null!;
    private WebWorld _world = null!;
    private WebVisitor _hoa = null!;
    private WebVisitor _sung = null!;
    private WebVisitor _admin = null!;
    private Report _waiting = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync(null, _folder.File("data/bot.db"));
        var now = DateTime.UtcNow;
        _world = WebWorld.Seed(_host.Services, now);
        _hoa = new WebVisitor(_host.Url, WebWorld.SessionFor(_host.Services, _world.Hoa, now));
        _sung = new WebVisitor(_host.Url, WebWorld.SessionFor(_host.Services, _world.Sung, now));
        _admin = new WebVisitor(_host.Url, WebWorld.SessionFor(_host.Services, _world.Admin, now));
        _waiting = ReportSeeder.Status(_host.Stores, _world.MuongKimSale, ReviewStatus.New);
    }

    public async Task DisposeAsync()
    {
        _hoa.Dispose();
        _sung.Dispose();
        _admin.Dispose();
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    private Report Stored(string code) => _host.Stores.Reports.Find(code)!;

    private async Task<HttpResponseMessage> Decide(
        WebVisitor who,
        string code,
        string decision,
        string comment = "",
        int? version = null,
        bool token = true
    )
    {
        var af = token ? await who.TokenFrom("/web/export") : null;
        var fields = new Dictionary<string, string>
        {
            ["decision"] = decision,
            ["version"] = (version ?? Stored(code).Review.Version).ToString(
                System.Globalization.CultureInfo.InvariantCulture
            ),
            ["comment"] = comment,
        };
        return await who.Post($"/web/reports/{code}/review", fields, af);
    }

    [Fact]
    public async Task An_officer_approves_a_waiting_report_from_its_page_and_the_decision_is_audited()
    {
        var page = await _hoa.Text($"/web/reports/{_waiting.Code}");
        Assert.Contains($"action=\"/web/reports/{_waiting.Code}/review\"", page, StringComparison.Ordinal);
        Assert.Contains(T.ReviewSendBackButton, page, StringComparison.Ordinal);

        var response = await Decide(_hoa, _waiting.Code, ReviewButton.Approve);
        Assert.Equal(303, (int)response.StatusCode);
        Assert.Equal($"/web/reports/{_waiting.Code}#duyet", response.Headers.Location?.OriginalString);
        var review = Stored(_waiting.Code).Review;
        Assert.Equal(ReviewStatus.Approved, review.Status);
        Assert.Equal(_world.Hoa.Id, Assert.Single(review.History).ById);
        Assert.Contains(
            _host.Db.Audit.FindAll(),
            a => a.Action == "review.approve" && a.Subject == _waiting.Code && a.ActorId == _world.Hoa.Id
        );
        // An approval tells the reporter nothing (as in chat), and the officer's chat gets no copy of the page.
        Assert.DoesNotContain(_host.Db.Outbox.FindAll(), m => m.Chat == People.Lan.Address.ToString());
        Assert.DoesNotContain(_host.Db.Outbox.FindAll(), m => m.Chat.StartsWith("web:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sending_back_and_rejecting_need_a_comment_that_fits_and_then_tell_the_reporter()
    {
        var empty = await Decide(_hoa, _waiting.Code, ReviewButton.SendBack, "  ");
        Assert.Equal(400, (int)empty.StatusCode);
        Assert.Contains(T.ReviewWriteComment, await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var tooLong = await Decide(_hoa, _waiting.Code, ReviewButton.SendBack, new string('a', 1001));
        Assert.Equal(400, (int)tooLong.StatusCode);
        Assert.Contains(
            T.ReviewCommentTooLong(1001, ReviewTextStep.MaxLength),
            await tooLong.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.Equal(ReviewStatus.New, Stored(_waiting.Code).Review.Status);

        var sent = await Decide(_hoa, _waiting.Code, ReviewButton.SendBack, "Giá bò cao quá, xem lại");
        Assert.Equal(303, (int)sent.StatusCode);
        var report = Stored(_waiting.Code);
        Assert.Equal(ReviewStatus.NeedsChanges, report.Review.Status);
        var summary = _host.Services.GetRequiredService<ReviewCards>().Summary(report);
        var told = Assert.Single(_host.Db.Outbox.FindAll(), m => m.Chat == People.Lan.Address.ToString());
        Assert.Contains("Giá bò cao quá, xem lại", told.Text, StringComparison.Ordinal);
        Assert.Contains(summary, told.Text, StringComparison.Ordinal);

        var progress = ReportSeeder.Status(_host.Stores, _world.MuongKimProgress, ReviewStatus.New);
        var noReason = await Decide(_hoa, progress.Code, ReviewButton.Reject, "");
        Assert.Equal(400, (int)noReason.StatusCode);
        Assert.Contains(T.ReviewWriteReason, await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(303, (int)(await Decide(_hoa, progress.Code, ReviewButton.Reject, T.ReasonDuplicate)).StatusCode);
        Assert.Equal(ReviewStatus.Rejected, Stored(progress.Code).Review.Status);
        Assert.Contains(
            _host.Db.Outbox.FindAll(),
            m =>
                m.Chat == People.Lan.Address.ToString()
                && m.Text.StartsWith($"🚫 Báo cáo {progress.Code}", StringComparison.Ordinal)
                && m.Text.Contains(T.ReasonDuplicate, StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task A_review_form_without_its_anti_forgery_token_decides_nothing()
    {
        var response = await Decide(_hoa, _waiting.Code, ReviewButton.Approve, token: false);
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains(T.WebStaleForm, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.New, Stored(_waiting.Code).Review.Status);
        Assert.Empty(Stored(_waiting.Code).Review.History);
    }

    [Fact]
    public async Task An_officer_of_the_other_commune_cannot_decide_and_learns_nothing_of_the_report()
    {
        foreach (var decision in new[] { ReviewButton.Approve, ReviewButton.SendBack, ReviewButton.Reject })
        {
            var response = await Decide(_sung, _waiting.Code, decision, "không đúng");
            Assert.Equal(404, (int)response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains(T.ReviewNotFound(_waiting.Code), html, StringComparison.Ordinal);
            Assert.DoesNotContain(_world.Lan.Name, html, StringComparison.Ordinal);
        }
        Assert.Equal(ReviewStatus.New, Stored(_waiting.Code).Review.Status);
        Assert.DoesNotContain(_host.Db.Audit.FindAll(), a => a.Action.StartsWith("review.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_officer_cannot_review_their_own_report_and_its_page_offers_no_decision()
    {
        var own = ReportSeeder.Status(
            _host.Stores,
            ReportSeeder.Sale(_host.Stores, _world.Hoa, DateTime.UtcNow, "honey", 2, "lít", 600_000),
            ReviewStatus.New
        );
        var page = await _hoa.Text($"/web/reports/{own.Code}");
        Assert.Contains(T.ReviewOwnReport, page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/web/reports/{own.Code}/review", page, StringComparison.Ordinal);

        var response = await Decide(_hoa, own.Code, ReviewButton.Approve);
        Assert.Equal(403, (int)response.StatusCode);
        Assert.Contains(T.ReviewOwnReport, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.New, Stored(own.Code).Review.Status);
    }

    [Fact]
    public async Task The_first_decision_wins_and_only_an_admin_changes_it()
    {
        var shown = Stored(_waiting.Code).Review.Version;
        Assert.Equal(303, (int)(await Decide(_hoa, _waiting.Code, ReviewButton.Approve, version: shown)).StatusCode);
        // A second decision from the page as it was shown: who decided, and when.
        var late = await Decide(_hoa, _waiting.Code, ReviewButton.Reject, "trùng", version: shown);
        Assert.Equal(409, (int)late.StatusCode);
        var text = await late.Content.ReadAsStringAsync();
        Assert.Contains($"{_waiting.Code} đã được {_world.Hoa.Name} duyệt lúc", text, StringComparison.Ordinal);
        // An officer on the fresh page cannot change it either; the page says so and offers no form.
        Assert.Equal(409, (int)(await Decide(_hoa, _waiting.Code, ReviewButton.Reject, "trùng")).StatusCode);
        var decided = await _hoa.Text($"/web/reports/{_waiting.Code}");
        Assert.DoesNotContain("/review\"", decided, StringComparison.Ordinal);
        Assert.Contains(T.WebOnlyAdminsChange, decided, StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.Approved, Stored(_waiting.Code).Review.Status);

        Assert.Contains(
            T.ReviewChangeLead,
            await _admin.Text($"/web/reports/{_waiting.Code}"),
            StringComparison.Ordinal
        );
        var change = await Decide(_admin, _waiting.Code, ReviewButton.Reject, "Trùng với báo cáo hôm qua");
        Assert.Equal(303, (int)change.StatusCode);
        Assert.Equal(ReviewStatus.Rejected, Stored(_waiting.Code).Review.Status);
        Assert.Contains(
            _host.Db.Audit.FindAll(),
            a => a.Action == "review.change" && a.Subject == _waiting.Code && a.ActorId == _world.Admin.Id
        );
    }

    [Fact]
    public async Task A_report_edited_after_the_page_was_opened_is_not_decided_unseen()
    {
        var shown = Stored(_waiting.Code).Review.Version;
        var stores = _host.Stores;
        var edited = Stored(_waiting.Code);
        edited.Review.Version++;
        stores.Writer.Write(() => stores.Reports.Save(edited));

        var response = await Decide(_hoa, _waiting.Code, ReviewButton.Approve, version: shown);
        Assert.Equal(409, (int)response.StatusCode);
        Assert.Contains(
            T.WebEditedSince(_waiting.Code),
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.Equal(ReviewStatus.New, Stored(_waiting.Code).Review.Status);
        // Nothing is left behind for the officer's chat (no card, no remembered card).
        Assert.Null(stores.Reviews.Reviewer(_world.Hoa.Id).CardCode);
    }
}
