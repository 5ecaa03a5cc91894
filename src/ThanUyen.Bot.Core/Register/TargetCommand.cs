using ThanUyen.Bot.Core.Commands;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Register;

/// <summary>
/// /target: every project target (set or not) · /target &lt;chỉ tiêu&gt; &lt;giá trị&gt; [xã]: sets one, for the
/// whole project or one commune ("/target hop 80", "/target phu nu 50%", "/target doanh thu 500tr pha mu") ·
/// /target &lt;chỉ tiêu&gt; xoa: removes it. Admins.
/// </summary>
public sealed class TargetCommand : ICommand
{
    public string Name => "target";
    public IReadOnlyList<string> Aliases => ["muctieu", "chitieu"];
    public Role? MinimumRole => Role.Admin;
    public string Description => T.TargetDescription;

    public void Execute(Turn turn, string args)
    {
        var words = args.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count == 0)
        {
            List(turn);
            return;
        }
        Commune? commune = null;
        // The commune, when given, is said last: "pha mu", "xa pha mu", "muong kim".
        for (var n = Math.Min(3, words.Count - 2); n >= 1 && commune is null; n--)
            if (turn.Catalogue.FindCommune(string.Join(' ', words.TakeLast(n))) is { } found)
            {
                commune = found;
                words.RemoveRange(words.Count - n, n);
            }
        if (words.Count < 2 || Indicator.Named(string.Join(' ', words.SkipLast(1))) is not { } indicator)
        {
            turn.Reply(T.TargetUsage(Indicator.All.Select(i => i.Name)));
            return;
        }
        var valueText = words[^1].TrimEnd('%');
        decimal? value = null;
        if (TextKey.Of(valueText) is not ("xoa" or "bo" or "-" or "khong"))
        {
            var ok =
                indicator.Unit == "đồng"
                    ? Money.TryParse(valueText, out var v)
                    : VietnameseNumber.TryParse(valueText, out v);
            if (!ok || v < 0 || indicator.Share && v > 100)
            {
                turn.Reply(T.TargetBadValue(words[^1], indicator));
                return;
            }
            value = v;
        }
        var before = turn.Stores.Register.Target(indicator.Key, commune?.Id);
        turn.Stores.Register.SetTarget(indicator.Key, commune?.Id, value);
        turn.Audit(
            "target.set",
            ProjectTarget.IdOf(indicator.Key, commune?.Id),
            $"{(before is { } b ? T.Amount(b) : "—")} → {(value is { } a ? T.Amount(a) : "—")}"
        );
        turn.Reply(T.RegisterTargetLine(indicator, commune?.Name, value));
    }

    private static void List(Turn turn)
    {
        var register = turn.Stores.Register;
        var lines = new List<string>();
        foreach (var indicator in Indicator.All)
        {
            lines.Add(T.TargetListLine(indicator, null, register.Target(indicator.Key, null)));
            foreach (var commune in turn.Catalogue.Communes())
                if (register.Target(indicator.Key, commune.Id) is { } value)
                    lines.Add(T.TargetListLine(indicator, commune.Name, value));
        }
        turn.Reply($"{T.TargetHeader}\n{string.Join('\n', lines)}\n\n{T.TargetHint}");
    }
}
