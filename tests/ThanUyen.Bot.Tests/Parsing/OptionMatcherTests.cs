using CsCheck;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Reports.Kinds.Meeting;
using ThanUyen.Bot.Core.Reports.Kinds.Sale;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Parsing;

/// <summary>Typed names of options, matched loosely and the same way everywhere.</summary>
public sealed class OptionMatcherTests
{
    private static readonly Option[] Villages =
    [
        new("tham-phe", "🏡 Thẩm Phé"),
        new("hang", "🏡 Hàng"),
        new("huoi-bac", "🏡 Huổi Bắc"),
        new("pa-khom", "🏡 Pá Khôm"),
    ];

    private static readonly Option[] Works =
    [
        new("1", "🛣️ (Ví dụ) Mở rộng đường sản xuất Thẩm Phé"),
        new("2", "💡 (Ví dụ) Đèn năng lượng mặt trời bản Hàng"),
        new("3", "🚰 (Ví dụ) Công trình nước sinh hoạt Huổi Bắc"),
        new("4", "🛣️ (Ví dụ) Mở rộng đường sản xuất Pá Khôm"),
    ];

    /// <summary>What the engine offers when a field is picked for editing at the confirm step.</summary>
    private static Option[] Fields(IFlow flow) => [.. flow.Steps.Select(s => new Option(s.Key, s.Label))];

    private static readonly Option SkipOption = new(
        Option.SkipValue,
        T.Skip,
        "bo qua",
        "skip",
        "-",
        "khong co",
        "ko co"
    );

    public static readonly TheoryData<string, Option[]> Lists = new()
    {
        { "products", TestCatalogue.Products },
        { "buyers", TestCatalogue.Buyers },
        { "topics", TestCatalogue.Topics },
        { "statuses", TestCatalogue.Statuses },
        { "kinds", TestCatalogue.MeetingKinds },
        { "price kinds", TestCatalogue.PriceKinds },
        { "meeting fields", Fields(new MeetingReportFlow()) },
        { "sale fields", Fields(new SaleReportFlow()) },
        { "villages", Villages },
        { "works", Works },
        { "optional", [.. TestCatalogue.Statuses, SkipOption] },
    };

    private static Option[] List(string name) =>
        Lists.Select(row => ((string)row[0], (Option[])row[1])).Single(l => l.Item1 == name).Item2;

    private static MatchCandidate[] Candidates(IEnumerable<Option> options) =>
        [.. options.Select(o => new MatchCandidate(o.Value, o.Label, o.Synonyms))];

    [Theory]
    [InlineData("meeting fields", "ket qua", MatchKind.Fuzzy, "outcome")]
    [InlineData("meeting fields", "Kết quả", MatchKind.Fuzzy, "outcome")]
    [InlineData("price kinds", "moi con", MatchKind.Fuzzy, "unit")]
    [InlineData("price kinds", "mỗi con", MatchKind.Fuzzy, "unit")]
    [InlineData("price kinds", "tổng", MatchKind.Exact, "total")]
    [InlineData("villages", "pakhom", MatchKind.Fuzzy, "pa-khom")]
    [InlineData("villages", "PaKhom", MatchKind.Fuzzy, "pa-khom")]
    [InlineData("villages", "tham pe", MatchKind.Fuzzy, "tham-phe")]
    [InlineData("villages", "thampe", MatchKind.Fuzzy, "tham-phe")]
    [InlineData("villages", "pa khom", MatchKind.Exact, "pa-khom")]
    [InlineData("buyers", "thuong lay", MatchKind.Fuzzy, "trader")]
    [InlineData("buyers", "thương lái", MatchKind.Exact, "trader")]
    [InlineData("statuses", "hoi cham", MatchKind.Fuzzy, "delayed")]
    [InlineData("statuses", "dung", MatchKind.Exact, "stopped")]
    [InlineData("statuses", "dung tien", MatchKind.Fuzzy, "on_track")]
    [InlineData("products", "🐃 Trâu", MatchKind.Exact, "buffalo")]
    [InlineData("products", "trau", MatchKind.Exact, "buffalo")]
    [InlineData("products", "den", MatchKind.Fuzzy, "chicken")]
    [InlineData("products", "dưa", MatchKind.Exact, "watermelon")]
    [InlineData("products", "dua hâu", MatchKind.Exact, "watermelon")]
    [InlineData("products", "dua hau", MatchKind.Exact, "watermelon")]
    [InlineData("products", "dua hua", MatchKind.Fuzzy, "watermelon")]
    [InlineData("topics", "ke hoach kinh doanh", MatchKind.Fuzzy, "business")]
    [InlineData("works", "nuoc", MatchKind.Fuzzy, "3")]
    [InlineData("works", "duong pa khom", MatchKind.Fuzzy, "4")]
    [InlineData("optional", "-", MatchKind.Exact, Option.SkipValue)]
    [InlineData("optional", "bỏ qua", MatchKind.Exact, Option.SkipValue)]
    public void A_typed_name_picks_one_option(string list, string typed, MatchKind kind, string value)
    {
        var match = OptionMatcher.Match(typed, Candidates(List(list)));
        Assert.Equal((kind, value), (match.Kind, match.Value));
    }

    [Theory]
    [InlineData("works", "duong san xuat", "1", "4")]
    [InlineData("works", "vi du", "1", "2", "3", "4")]
    [InlineData("topics", "trong", "watermelon", "vegetables")]
    public void Names_that_fit_several_options_ask_which_one(string list, string typed, params string[] values)
    {
        var match = OptionMatcher.Match(typed, Candidates(List(list)));
        Assert.Equal(MatchKind.Ambiguous, match.Kind);
        Assert.Equal(values, match.Values);
        Assert.Null(match.Value);
    }

    [Fact]
    public void Two_options_a_typo_away_are_both_offered()
    {
        MatchCandidate[] options = [new("a", "Nà Cang"), new("b", "Nà Can"), new("c", "Nậm Mạ")];
        Assert.Equal(
            new OptionMatch(MatchKind.Ambiguous, ["a", "b"]).Values,
            OptionMatcher.Match("na cag", options).Values
        );
    }

    [Theory]
    [InlineData("products", "xyz")]
    [InlineData("products", "")]
    [InlineData("products", "🐄")]
    [InlineData("products", "b")]
    [InlineData("villages", "muong kim")]
    [InlineData("statuses", "abcdefgh")]
    public void Text_far_from_every_option_matches_none(string list, string typed) =>
        Assert.Equal(MatchKind.None, OptionMatcher.Match(typed, Candidates(List(list))).Kind);

    [Theory]
    [MemberData(nameof(Lists))]
    public void Every_exact_name_gives_the_option_that_IsNamedBy_gives(string list, Option[] options)
    {
        var typed = options
            .SelectMany(o => o.Synonyms.Concat([o.Label, o.Value, o.Label.ToUpperInvariant(), TextKey.Of(o.Label)]))
            .ToList();
        Assert.NotEmpty(typed);
        foreach (var text in typed)
        {
            var match = OptionMatcher.Match(text, Candidates(options));
            Assert.Equal(options.FirstOrDefault(o => o.IsNamedBy(text))?.Value, match.Value);
            Assert.True(match.Kind == MatchKind.Exact, $"{list}: {text}");
        }
    }

    [Fact]
    public void Exact_means_exactly_what_IsNamedBy_means_for_any_text()
    {
        var options = Lists.SelectMany(row => (Option[])row[1]).ToArray();
        var pieces = options
            .SelectMany(o => o.Synonyms.Append(o.Label))
            .SelectMany(t => t.Split(' '))
            .Distinct()
            .ToArray();
        Gen.OneOf(Gen.OneOfConst(pieces).Array[1, 4].Select(ws => string.Join(' ', ws)), Gen.String)
            .Sample(
                text =>
                {
                    var named = options.FirstOrDefault(o => o.IsNamedBy(text));
                    var match = OptionMatcher.Match(text, Candidates(options));
                    Assert.Equal(named is not null, match.Kind == MatchKind.Exact);
                    if (named is not null)
                        Assert.Equal(named.Value, match.Value);
                },
                iter: 3000
            );
    }

    [Theory]
    [InlineData("tham pe", "tham phe", 1)]
    [InlineData("thuong lay", "thuong lai", 1)]
    [InlineData("hoicham", "bicham", 2)]
    [InlineData("ab", "ba", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Typos_are_counted_in_edits(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Between(a, b));
        Assert.Equal(distance, EditDistance.Between(b, a));
        Assert.Equal(Math.Min(distance, 2), EditDistance.Between(a, b, max: 1));
    }
}
