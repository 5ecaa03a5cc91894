using System.Globalization;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>Typed reading of a conversation's stored answers (all kept as invariant strings).</summary>
public sealed class Answers(Dictionary<string, string> values)
{
    /// <summary>Stored for an optional question the person skipped.</summary>
    public const string Skipped = "";

    public Dictionary<string, string> Values => values;

    public bool Has(string key) => values.ContainsKey(key);

    public bool IsSkipped(string key) => values.TryGetValue(key, out var v) && v.Length == 0;

    public string? Get(string key) => values.TryGetValue(key, out var v) && v.Length > 0 ? v : null;

    public string Text(string key) => Get(key) ?? "";

    public int? Number(string key) => Get(key) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;

    public decimal? Amount(string key) => Get(key) is { } v ? decimal.Parse(v, CultureInfo.InvariantCulture) : null;

    public DateOnly? Date(string key) =>
        Get(key) is { } v ? DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public bool Is(string key, string value) => Get(key) == value;

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
