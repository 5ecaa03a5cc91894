namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// Turns a free sentence into an intent and the answers it already gives, so a report can start with them filled
/// and ask only for the rest: "ban trau 2con hom qua 30 trieu" → sale {product: buffalo, quantity: "2 con",
/// date: yesterday, amount: 30000000, price_kind: total}; "hop thon hom qua 25 nguoi 14 nu" → meeting {kind,
/// date, participants: 25, women: 14}; "tien do duong pa khom 60%" → progress {subproject, percent: 60};
/// "xin chào" → greeting; "cảm ơn" → thanks. Values are found first (dates, percents, people, quantities, money),
/// then the intent from the first word that names one ("bán", "họp", "tập huấn", "tiến độ" …), then options by
/// their words. A price is the total unless the words say per unit ("/con", "mỗi con", "1 con"), since a
/// sentence about a sale usually says what the sale brought. Pure: today and the option lists come in.
/// </summary>
public static partial class SentenceReader
{
    private static readonly HashSet<string> GreetingWords = ["chao", "alo", "hello", "hi", "helo", "xin"];
    private static readonly HashSet<string> ThanksWords =
    [
        "cam",
        "on",
        "camon",
        "thanks",
        "thank",
        "tks",
        "thx",
        "you",
    ];

    /// <summary>Words that may stand around a greeting or thanks: who is greeted, politeness, "very much".</summary>
    private static readonly HashSet<string> CourtesyWords =
    [
        "ban",
        "bot",
        "anh",
        "chi",
        "em",
        "a",
        "ah",
        "nhe",
        "nha",
        "nhieu",
        "rat",
        "lam",
        "ad",
        "admin",
        "moi",
        "nguoi",
        "ca",
        "oi",
        "buoi",
        "sang",
        "chieu",
        "toi",
        "minh",
        "vay",
    ];

    /// <param name="within">The report already open, if any: in it "trâu 2 con" needs no "bán" to be a sale.</param>
    public static SentenceReading Read(string? text, DateOnly today, SentenceCatalogue catalogue, string? within = null)
    {
        var words = Words.Of(text);
        if (words.Length == 0)
            return SentenceReading.Nothing;
        var used = new bool[words.Length];
        var found = new Found();
        // The product first: its words make "2 con trâu" one quantity and "2 trâu" a count of heads.
        var product = PhraseFinder.Find(words, used, catalogue.Products);
        ReadValues(words, used, today, catalogue.DefaultUnit(product?.Value), product, found);
        var intent = IntentOf(words, used, product is not null, found);
        if (within is not null && intent is not (Intents.Sale or Intents.Meeting or Intents.Progress))
            intent = within;
        var slots = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (intent)
        {
            case Intents.Sale:
                FillSale(words, used, catalogue, product, found, slots);
                break;
            case Intents.Meeting:
                FillMeeting(words, used, catalogue, found, slots);
                break;
            case Intents.Progress:
                FillProgress(words, used, catalogue, found, slots);
                break;
        }
        return new SentenceReading(
            intent,
            slots,
            intent is Intents.Sale or Intents.Meeting ? found.DateProblem : DateProblem.None
        );
    }

    /// <summary>The report named first wins: "họp về bán hàng" is a meeting (about selling).</summary>
    private static string? IntentOf(string[] words, bool[] used, bool hasProduct, Found found)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var (w, prev) = (words[i], i > 0 ? words[i - 1] : "");
            var next = i + 1 < words.Length ? words[i + 1] : "";
            if (w is "banhang" or "ban" && (w == "banhang" || IsSale(prev, next, i + 1 < used.Length && used[i + 1])))
                return Mark(found, i, w == "ban" && next == "hang" ? 2 : 1, Intents.Sale);
            if (w == "hop" && next is not ("tac" or "dong" or "le" or "ly"))
                return Mark(found, i, 1, Intents.Meeting);
            if ((w, next) is ("tap", "huan") or ("hoi", "thao") or ("hoi", "nghi") or ("tieu", "ban"))
                return Mark(found, i, 2, Intents.Meeting);
            if ((w, next) is ("tien", "do") or ("ha", "tang") or ("cong", "trinh"))
                return Mark(found, i, 2, Intents.Progress);
            if (w is "tiendo" or "hatang" or "taphuan")
                return Mark(found, i, 1, w == "taphuan" ? Intents.Meeting : Intents.Progress);
        }
        if (hasProduct && found.Amount is not null)
            return Intents.Sale; // "trâu 2 con 30 triệu": a product and a price say sale without the verb
        return Courtesy(words);
    }

    /// <summary>
    /// "bán" and "bạn" (friend) and "bản" (village) all fold to "ban": it is a sale when something sold follows
    /// ("bán trâu", "bán hàng", "bán 2 con", "bán được"), not after "họp"/"chào"/"cảm ơn".
    /// </summary>
    private static bool IsSale(string prev, string next, bool nextIsValue) =>
        prev
            is not (
                "hop"
                or "chao"
                or "on"
                or "cac"
                or "cua"
                or "nguoi"
                or "trong"
                or "xin"
                or "voi"
                or "o"
                or "tai"
                or "truong"
            )
        && next is not ("oi" or "be" or "nhe" or "nha" or "a" or "minh" or "than")
        && next.Length > 0
        && (
            nextIsValue
            || next is "hang" or "duoc" or "ra" or "het" or "cho"
            || NumberWords.IsNumberWord(next)
            || IsWord(next)
        );

    /// <summary>Any other word after "bán" (a product name the catalogue lacks): still a sale.</summary>
    private static bool IsWord(string next) => next.All(char.IsLetter);

    /// <summary>Remembers the words that named the report: they name no sub-project ("công trình").</summary>
    private static string Mark(Found found, int start, int count, string intent)
    {
        found.IntentWords = (start, count);
        return intent;
    }

    /// <summary>"chào", "xin chào bạn", "alo", "cảm ơn nhiều", "thanks": thanks when both.</summary>
    private static string? Courtesy(string[] words)
    {
        var key = string.Join(' ', words);
        var thanks =
            key.Contains("cam on", StringComparison.Ordinal)
            || words.Any(w => w is "camon" or "thanks" or "thank" or "tks" or "thx");
        var greeting = words.Any(w => w is "chao" or "alo" or "hello" or "hi" or "helo");
        if (!thanks && !greeting)
            return null;
        var others = words.Count(w =>
            !GreetingWords.Contains(w) && !ThanksWords.Contains(w) && !CourtesyWords.Contains(w)
        );
        if (others > 2)
            return null;
        return thanks ? Intents.Thanks : Intents.Greeting;
    }
}
