using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reviews;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reviews;

/// <summary>On Zalo there are no buttons: the card's choices are numbered lines answered by number or word.</summary>
public sealed class ReviewNumberedTests : IDisposable
{
    // An officer of Mường Kim on Zalo.
    private static readonly Person Hai = new("Lường Văn Hải", new ChatAddress("zalo", "f00d1234"));
    private readonly TestBot _bot = new(configure: s =>
        s.AddSingleton(new ChannelCapabilities("zalo") { MaxText = 2000, MaxCaption = 2000 })
    );
    private readonly ReviewTestBot _r;

    public ReviewNumberedTests()
    {
        _r = new ReviewTestBot(_bot);
        _bot.Register(Hai, Role.Officer, "muong kim");
        _r.Mail.Skip(Hai);
    }

    public void Dispose() => _r.Dispose();

    private OutgoingMessage Card()
    {
        _r.FileSale(People.Lan);
        var card = _r.Mail.New(Hai).Single(m => m.Text.Contains("🔎 BC-", StringComparison.Ordinal));
        Assert.True(card.NumberedChoices); // "1. ✅ Duyệt" …, answered by number
        return card;
    }

    [Theory]
    [InlineData("1", ReviewStatus.Approved)]
    [InlineData("duyet", ReviewStatus.Approved)]
    [InlineData("Duyệt.", ReviewStatus.Approved)]
    [InlineData("ok", ReviewStatus.Approved)]
    public void A_typed_number_or_word_approves_the_card(string typed, ReviewStatus expected)
    {
        Card();
        Assert.Equal("✅ Đã duyệt BC-0001.", _r.Say(Hai, typed).Single().Text);
        Assert.Equal(expected, _r.Status("BC-0001"));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("can sua")]
    [InlineData("cần sửa")]
    public void A_typed_send_back_asks_for_the_comment(string typed)
    {
        Card();
        Assert.StartsWith("↩️ BC-0001 cần sửa gì?", _r.Say(Hai, typed).Single().Text);
        _r.Say(Hai, "Thiếu hộ bán");
        Assert.Equal(ReviewStatus.NeedsChanges, _r.Status("BC-0001"));
        var notice = _r.Mail.New(People.Lan).Single();
        Assert.Contains("Gõ /edit BC-0001 để sửa rồi lưu lại.", notice.Text); // no button on this chat
    }

    [Fact]
    public void A_typed_reject_lists_numbered_reasons_and_a_number_picks_one()
    {
        Card();
        var reasons = _r.Say(Hai, "loai").Single();
        Assert.True(reasons.NumberedChoices);
        _r.Say(Hai, "4");
        Assert.Equal("🔢 Số liệu sai", _r.Report("BC-0001").Review.History.Single().Comment);
    }

    [Fact]
    public void Later_leaves_it_waiting_and_numbers_then_mean_nothing_until_the_next_card()
    {
        Card();
        Assert.Equal(T.ReviewPutOff("BC-0001"), _r.Say(Hai, "de sau").Single().Text);
        // "1" is now the menu's first item (issue 15: the menu is numbered everywhere), not the card's approve.
        Assert.DoesNotContain(_r.Say(Hai, "1"), m => m.Text.Contains("Đã duyệt", StringComparison.Ordinal));
        Assert.Equal(ReviewStatus.New, _r.Status("BC-0001"));
    }

    [Fact]
    public void Other_words_with_a_card_open_are_not_taken_as_an_answer()
    {
        Card();
        Assert.Equal(T.NotUnderstoodTry, _r.Say(Hai, "abc xyz").Single().Text);
        Assert.Equal(ReviewStatus.New, _r.Status("BC-0001"));
    }

    [Fact]
    public void A_second_report_while_a_card_is_open_comes_as_a_notice_so_a_typed_number_keeps_its_meaning()
    {
        Card();
        _r.FileSale(People.Lan, "5 con");
        Assert.StartsWith("📥 BC-0002 (mới) chờ duyệt", _r.Mail.New(Hai).Single().Text);

        _r.Say(Hai, "1");

        Assert.Equal(ReviewStatus.Approved, _r.Status("BC-0001"));
        Assert.Equal(ReviewStatus.New, _r.Status("BC-0002"));
    }
}
