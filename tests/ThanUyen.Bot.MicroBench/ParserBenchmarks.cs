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
    public string TextKey_village() => TextKey.Of("Thẩm Phé");

    [Benchmark]
    public string TextKey_long() => TextKey.Of(LongText);

    private static readonly string LongText = string.Concat(
        Enumerable.Repeat("Bà con biết cách làm giàn, bón phân. ", 130)
    );
}
