using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Digests;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>
/// /digest (this week so far) · /digest last · admins: /digest pha mu · /digest send pha mu (push to the
/// commune's officers now). Officers see their own commune only.
/// </summary>
public sealed class DigestCommand(DigestService digests) : ICommand
{
    public string Name => "digest";
    public IReadOnlyList<string> Aliases => ["tonghop"];
    public Role? MinimumRole => Role.Officer;
    public string Description => T.DigestDescription;

    public void Execute(Turn turn, string args)
    {
        var words = args.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var send = Take(words, "send", "gui");
        var last = Parsing.WeekWords.TakeLastWeek(words);
        var catalogue = turn.Catalogue;
        var member = turn.Member!;
        Commune? commune;
        if (words.Count > 0)
        {
            commune = catalogue.FindCommune(string.Join(' ', words));
            // An officer naming another commune (or a made-up one) learns nothing about it, only which one is theirs.
            if (member.Role != Role.Admin && commune?.Id != member.CommuneId)
            {
                turn.Reply(T.OnlyYourCommune(catalogue.Commune(member.CommuneId)?.Name ?? "—"));
                return;
            }
            if (commune is null)
            {
                turn.Reply(T.UnknownCommune(string.Join(' ', words), catalogue.Communes().Select(c => c.Name)));
                return;
            }
        }
        else
            commune = catalogue.Commune(member.CommuneId);
        if (commune is null)
        {
            turn.Reply(T.DigestNeedsCommune);
            return;
        }
        if (send && member.Role != Role.Admin)
        {
            turn.Reply(T.NotAllowed);
            return;
        }

        turn.Working(turn.Channel.PhotoUploads ? ChatAction.UploadPhoto : ChatAction.Typing);
        var week = WeekRange.Containing(turn.Now, turn.Options.Zone);
        if (last)
            week = week.Previous;
        var digest = digests.BuildFor(commune, week, turn.Chat);
        var chart = digests.Chart(digest);
        if (!send)
        {
            foreach (var m in digests.Messages(digest, turn.Chat, OutboxPriority.Reply, turn.Now, chart))
                turn.Outgoing.Add(m);
            return;
        }
        var officers = digests.OfficersOf(commune.Id).Where(o => !o.Unreachable).ToList();
        if (officers.Count == 0)
        {
            turn.Reply(T.DigestNoOfficers(commune.Name));
            return;
        }
        foreach (var officer in officers)
            turn.Outgoing.AddRange(
                digests.Messages(digest, ChatAddress.Parse(officer.MainAddress), OutboxPriority.Digest, turn.Now, chart)
            );
        turn.Audit("digest.send", commune.Id, $"{week.Label} → {officers.Count}");
        turn.Reply(T.DigestQueued(commune.Name, officers.Count));
    }

    private static bool Take(List<string> words, params string[] names)
    {
        var i = words.FindIndex(w => names.Contains(Parsing.TextKey.Of(w)));
        if (i < 0)
            return false;
        words.RemoveAt(i);
        return true;
    }
}
