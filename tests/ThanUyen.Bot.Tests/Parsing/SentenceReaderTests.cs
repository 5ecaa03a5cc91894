using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Reports.Kinds.Meeting;
using ThanUyen.Bot.Core.Reports.Kinds.Sale;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Parsing;

/// <summary>Issue 15: a whole sentence is the first thing people try; it starts the right report, filled.</summary>
public sealed class SentenceReaderTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static MatchCandidate[] Candidates(IEnumerable<Option> options) =>
        [.. options.Select(o => new MatchCandidate(o.Value, o.Label, o.Synonyms))];

    private static readonly SentenceCatalogue Catalogue = new(
        Candidates(TestCatalogue.Products),
        TestCatalogue.DefaultUnit,
        Candidates(TestCatalogue.Buyers),
        Candidates(TestCatalogue.MeetingKinds),
        Candidates(TestCatalogue.Topics),
        [
            new("1", "(Ví dụ) Mở rộng đường sản xuất Thẩm Phé", ["Thẩm Phé"]),
            new("2", "(Ví dụ) Đèn năng lượng mặt trời bản Hàng", ["Hàng"]),
            new("3", "(Ví dụ) Công trình nước sinh hoạt Huổi Bắc", ["Huổi Bắc"]),
            new("4", "(Ví dụ) Mở rộng đường sản xuất Pá Khôm", ["Pá Khôm"]),
        ]
    );

    [Theory]
    [InlineData(
        "ban trau 2con hom qua 30 trieu",
        "sale",
        "product=buffalo|quantity=2 con|date=2026-11-24|amount=30000000|price_kind=total"
    )]
    [InlineData(
        "Bán trâu 2 con hôm qua 30 triệu",
        "sale",
        "product=buffalo|quantity=2 con|date=2026-11-24|amount=30000000|price_kind=total"
    )]
    [InlineData("ban 2 con bo 15tr/con", "sale", "product=cattle|quantity=2 con|amount=15000000|price_kind=unit")]
    [InlineData(
        "bán 2 con trâu, mỗi con 15 triệu",
        "sale",
        "product=buffalo|quantity=2 con|amount=15000000|price_kind=unit"
    )]
    [InlineData("ban trau 30tr ca 2 con", "sale", "product=buffalo|quantity=2 con|amount=30000000|price_kind=total")]
    [InlineData(
        "ban 2 trau 30 trieu ca hai",
        "sale",
        "product=buffalo|quantity=2 con|amount=30000000|price_kind=total"
    )]
    [InlineData("ban trau 30 trieu ca hai", "sale", "product=buffalo|quantity=2 con|amount=30000000|price_kind=total")]
    [InlineData(
        "ban trau 15 trieu 1 con, 2 con",
        "sale",
        "product=buffalo|quantity=2 con|amount=15000000|price_kind=unit"
    )]
    [InlineData(
        "ban 50kg dua hau cho thuong lai hom nay 500k",
        "sale",
        "product=watermelon|quantity=50 kg|amount=500000|price_kind=total|buyer=trader|date=2026-11-25"
    )]
    [InlineData(
        "bán 3 tạ dưa ngày 20/11 được 2tr",
        "sale",
        "product=watermelon|quantity=300 kg|amount=2000000|price_kind=total|date=2026-11-20"
    )]
    [InlineData("bán 2 con trâu 2 ngày trước", "sale", "product=buffalo|quantity=2 con|date=2026-11-23")]
    [InlineData("ban ga cho hop tac xa 20 con", "sale", "product=chicken|quantity=20 con|buyer=coop")]
    [InlineData("ban rau 20 kg 10k/kg", "sale", "product=vegetables|quantity=20 kg|amount=10000|price_kind=unit")]
    [InlineData("trau 2 con 30 trieu", "sale", "product=buffalo|quantity=2 con|amount=30000000|price_kind=total")]
    [InlineData("ban trau", "sale", "product=buffalo")]
    [InlineData("ban hang", "sale", "")]
    [InlineData("Bán hàng", "sale", "")]
    [InlineData("🐄 Bán hàng", "sale", "")]
    [InlineData("bao cao ban hang", "sale", "")]
    [InlineData("hop", "meeting", "")]
    [InlineData("họp thôn", "meeting", "kind=meeting")]
    [InlineData("hop ban", "meeting", "kind=meeting")]
    [InlineData("tap huan", "meeting", "kind=training")]
    [InlineData("Tập huấn", "meeting", "kind=training")]
    [InlineData("hội thảo", "meeting", "kind=workshop")]
    [InlineData("📅 Họp / tập huấn", "meeting", "")]
    [InlineData("hop thon hom qua 25 nguoi 14 nu", "meeting", "kind=meeting|date=2026-11-24|participants=25|women=14")]
    [InlineData(
        "họp bản hôm qua có 25 người, 14 phụ nữ",
        "meeting",
        "kind=meeting|date=2026-11-24|participants=25|women=14"
    )]
    [InlineData(
        "tap huan trong dua hau thu hai 30 nguoi",
        "meeting",
        "kind=training|topic=watermelon|date=2026-11-23|participants=30"
    )]
    [InlineData("hop ve ban hang", "meeting", "topic=selling")]
    [InlineData("tien do duong", "progress", "")]
    [InlineData("bao cao tien do", "progress", "")]
    [InlineData("🛠️ Hạ tầng", "progress", "")]
    [InlineData("tien do duong pa khom 60%", "progress", "subproject=4|percent=60")]
    [InlineData(
        "công trình nước Huổi Bắc được 40 phần trăm, 30 ngày công",
        "progress",
        "subproject=3|percent=40|workdays=30"
    )]
    [InlineData("tiến độ đèn bản Hàng xong rồi", "progress", "subproject=2|percent=100")]
    [InlineData("chao", "greeting", "")]
    [InlineData("xin chào", "greeting", "")]
    [InlineData("Chào bạn", "greeting", "")]
    [InlineData("alo", "greeting", "")]
    [InlineData("cam on", "thanks", "")]
    [InlineData("cảm ơn", "thanks", "")]
    [InlineData("Cảm ơn bạn nhiều nhé", "thanks", "")]
    [InlineData("thanks", "thanks", "")]
    public void A_sentence_starts_its_report_with_what_it_says(string text, string intent, string slots)
    {
        var read = SentenceReader.Read(text, Today, Catalogue);
        Assert.Equal(intent, read.Intent);
        Assert.Equal(Sorted(slots), Sorted(string.Join('|', read.Slots.Select(s => $"{s.Key}={s.Value}"))));
        Assert.Equal(DateProblem.None, read.Date);
    }

    /// <summary>"a=1|b=2" in key order, so that rows need not list slots in the reader's order.</summary>
    private static string Sorted(string slots) =>
        string.Join('|', slots.Split('|', StringSplitOptions.RemoveEmptyEntries).Order());

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("tôi chưa hiểu")]
    [InlineData("25")]
    [InlineData("hom qua")]
    [InlineData("chào, tôi là Lan ở bản Pá Khôm")]
    public void A_sentence_about_nothing_known_has_no_intent(string text)
    {
        var read = SentenceReader.Read(text, Today, Catalogue);
        Assert.Null(read.Intent);
        Assert.Empty(read.Slots);
    }

    [Fact]
    public void A_sale_said_for_tomorrow_keeps_the_rest_and_says_the_date_is_ahead()
    {
        var read = SentenceReader.Read("ban ga ngay mai 5 con", Today, Catalogue);
        Assert.Equal("sale", read.Intent);
        Assert.Equal(DateProblem.Future, read.Date);
        Assert.Equal(["product=chicken", "quantity=5 con"], read.Slots.Select(s => $"{s.Key}={s.Value}").Order());
    }
}
