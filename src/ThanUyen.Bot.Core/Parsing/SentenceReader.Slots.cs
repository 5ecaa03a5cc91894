using System.Globalization;

namespace ThanUyen.Bot.Core.Parsing;

// The slots of each report, filled from what the sentence held, in the forms the steps store.
public static partial class SentenceReader
{
    private static void FillSale(
        string[] words,
        bool[] used,
        SentenceCatalogue catalogue,
        MatchCandidate? product,
        Found found,
        Dictionary<string, string> slots
    )
    {
        Put(slots, "product", product?.Value);
        Put(slots, "quantity", found.Quantity?.Store());
        if (found.Amount is { } amount)
        {
            Put(slots, "amount", amount.ToString(CultureInfo.InvariantCulture));
            Put(slots, "price_kind", found.Basis == PriceBasis.PerUnit ? "unit" : "total");
        }
        PutDate(slots, found);
        Put(slots, "buyer", PhraseFinder.Find(words, used, catalogue.Buyers)?.Value);
    }

    private static void FillMeeting(
        string[] words,
        bool[] used,
        SentenceCatalogue catalogue,
        Found found,
        Dictionary<string, string> slots
    )
    {
        // "họp thôn", "họp xóm": the same village meeting as "họp bản".
        string[] kindWords =
        [
            .. words.Select((w, i) => i > 0 && words[i - 1] == "hop" && w is "thon" or "xom" ? "ban" : w),
        ];
        // "Họp / tập huấn" (the menu's title) names two kinds: ask.
        if (PhraseFinder.Named(kindWords, used, catalogue.MeetingKinds).Count == 1)
            Put(slots, "kind", PhraseFinder.Find(kindWords, used, catalogue.MeetingKinds)?.Value);
        Put(slots, "topic", PhraseFinder.Find(words, used, catalogue.Topics)?.Value);
        PutDate(slots, found);
        Put(slots, "participants", found.Participants?.ToString(CultureInfo.InvariantCulture));
        Put(slots, "women", found.Women?.ToString(CultureInfo.InvariantCulture));
    }

    private static void FillProgress(
        string[] words,
        bool[] used,
        SentenceCatalogue catalogue,
        Found found,
        Dictionary<string, string> slots
    )
    {
        var free = used.ToArray();
        Spans.Use(
            free,
            found.IntentWords.Start,
            Math.Min(found.IntentWords.Count, free.Length - found.IntentWords.Start)
        );
        Put(slots, "subproject", SubProjectNamed(words, free, catalogue.SubProjects)?.Value);
        Put(slots, "percent", found.Percent?.ToString(CultureInfo.InvariantCulture));
        Put(slots, "workdays", found.Workdays?.ToString(CultureInfo.InvariantCulture));
        Put(slots, "cash", found.Amount?.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The sub-project whose name shares most words with the sentence, counting only words that tell the works
    /// apart ("đường" counts between a road and a water work, not between two roads; "(Ví dụ)" never).
    /// </summary>
    private static MatchCandidate? SubProjectNamed(string[] words, bool[] used, IReadOnlyList<MatchCandidate> works)
    {
        var said = words.Where((w, i) => !used[i] && w.Length > 1).ToHashSet(StringComparer.Ordinal);
        var keys = works
            .Select(o => new[] { o.Label }.Concat(o.Synonyms).SelectMany(p => TextKey.Of(p).Split(' ')).ToHashSet())
            .ToList();
        var scores = keys.Select(k =>
                k.Count(w => said.Contains(w) && (keys.Count == 1 || !keys.All(o => o.Contains(w))))
            )
            .ToList();
        var best = scores.DefaultIfEmpty(0).Max();
        return best > 0 && scores.Count(s => s == best) == 1 ? works[scores.IndexOf(best)] : null;
    }

    private static void PutDate(Dictionary<string, string> slots, Found found) =>
        Put(slots, "date", found.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static void Put(Dictionary<string, string> slots, string key, string? value)
    {
        if (value is not null)
            slots[key] = value;
    }
}
