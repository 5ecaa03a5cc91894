using BenchmarkDotNet.Attributes;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.MicroBench;

/// <summary>Every answer a person types goes through these: they must stay in the microseconds.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Benchmark]
    public bool Money_12tr() => Money.TryParse("12tr", out _);

    [Benchmark]
    public bool Money_dotted() => Money.TryParse("1.500.000 đồng", out _);

    [Benchmark]
    public bool Quantity_ta() => Quantity.TryParse("1,5 tạ", Quantity.Kg, out _);

    [Benchmark]
    public DateProblem Date_weekday() => VietnameseDate.TryParse("thứ hai", Today, out _);

    [Benchmark]
    public DateProblem Date_numeric() => VietnameseDate.TryParse("15/5/2024", Today, out _);

    [Benchmark]
    public bool MoneyAnswer_per_unit() => MoneyAnswer.TryRead("30tr cả 2 con", allowZero: false, out _);

    [Benchmark]
    public bool Money_words() => Money.TryParse("ba mươi triệu đồng", out _);

    [Benchmark]
    public OptionMatch Option_typo() => OptionMatcher.Match("thuong lay", Buyers);

    [Benchmark]
    public SentenceReading Sentence_sale() => SentenceReader.Read("ban trau 2con hom qua 30 trieu", Today, Catalogue);

    private static readonly MatchCandidate[] Buyers =
    [
        new("trader", "🚚 Thương lái", ["thuong lai", "lai buon", "buon"]),
        new("coop", "🏢 Hợp tác xã", ["htx", "hop tac xa"]),
        new("market", "🏪 Chợ", ["cho"]),
        new("neighbour", "🏘️ Hàng xóm", ["hang xom", "nguoi trong ban"]),
        new("other", "📌 Khác", ["khac"]),
    ];

    private static readonly SentenceCatalogue Catalogue = new(
        [
            new("cattle", "🐄 Bò", ["bo", "con bo"]),
            new("buffalo", "🐃 Trâu", ["trau"]),
            new("chicken", "🐔 Gà đen", ["ga"]),
        ],
        _ => Quantity.Head,
        Buyers,
        [new("meeting", "🏘️ Họp bản", ["hop ban", "hop"]), new("training", "🎓 Tập huấn", ["tap huan"])],
        [new("watermelon", "🍉 Trồng dưa hấu", ["dua hau", "dua"])],
        [new("1", "Mở rộng đường sản xuất Thẩm Phé"), new("4", "Mở rộng đường sản xuất Pá Khôm")]
    );

    [Benchmark]
    public string TextKey_village() => TextKey.Of("Thẩm Phé");

    [Benchmark]
    public string TextKey_long() => TextKey.Of(LongText);

    private static readonly string LongText = string.Concat(
        Enumerable.Repeat("Bà con biết cách làm giàn, bón phân. ", 130)
    );
}
