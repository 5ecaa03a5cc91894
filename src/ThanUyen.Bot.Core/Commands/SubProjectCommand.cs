using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Register;
using ThanUyen.Bot.Core.Register.Import;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>
/// /subproject &lt;#&gt;: one work's card (officers: their commune) · admins: /subproject add &lt;bản&gt;
/// &lt;road|solar|water|other&gt; &lt;name&gt; · /subproject close &lt;#&gt; · /subproject finish &lt;#&gt;.
/// </summary>
public sealed class SubProjectCommand : ICommand
{
    public string Name => "subproject";
    public Role? MinimumRole => Role.Officer;
    public string Description => T.SubProjectDescription;

    public void Execute(Turn turn, string args)
    {
        var words = args.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var verb = words.Count > 0 ? TextKey.Of(words[0]) : "";
        if (words.Count == 1 && int.TryParse(words[0].TrimStart('#'), out var shown))
        {
            // An officer asking about another commune's work learns nothing about it.
            var card = turn.Catalogue.SubProject(shown);
            var commune = turn.Catalogue.Village(card?.VillageId)?.CommuneId;
            turn.Reply(
                card is null || !Scope.CanSeeCommune(turn.Member!, commune)
                    ? T.SubProjectNotFound
                    : WorkCard.Text(turn, card)
            );
            return;
        }
        if (turn.Member!.Role != Role.Admin)
        {
            turn.Reply(T.NotAllowed);
            return;
        }
        if (
            verb is "close" or "dong" or "finish" or "xong"
            && words.Count == 2
            && int.TryParse(words[1].TrimStart('#'), out var id)
        )
        {
            var work = turn.Catalogue.SubProject(id);
            if (work is null)
            {
                turn.Reply(T.SubProjectNotFound);
                return;
            }
            var finish = verb is "finish" or "xong";
            WorkRows.SetStatus(
                work,
                finish ? WorkStatus.Finished : WorkStatus.Stopped,
                turn.Today.ToDateTime(TimeOnly.MinValue)
            );
            turn.Catalogue.Save(work);
            turn.Audit(finish ? "subproject.finish" : "subproject.close", $"#{id}", work.Name);
            turn.Reply(finish ? T.SubProjectFinished(work.Name) : T.SubProjectClosed(work.Name));
            return;
        }
        if (verb is not ("add" or "them") || words.Count < 4)
        {
            turn.Reply(T.SubProjectUsage);
            return;
        }
        var catalogue = turn.Catalogue;
        // The village may be two words ("tham phe", "pa khom"): take the shortest prefix that names one.
        for (var n = 1; n < words.Count - 1; n++)
        {
            if (catalogue.FindVillage(string.Join(' ', words.Skip(1).Take(n))) is not { } village)
                continue;
            var typeWord = TextKey.Of(words[1 + n]);
            var type = catalogue
                .InfrastructureTypes()
                .FirstOrDefault(t =>
                    t.Id == typeWord
                    || TextKey.Of(t.Name).StartsWith(typeWord, StringComparison.Ordinal)
                    || (typeWord is "solar" or "den" && t.Id == "solar-light")
                    || (typeWord is "duong" && t.Id == "road")
                    || (typeWord is "nuoc" && t.Id == "water")
                );
            var name = string.Join(' ', words.Skip(2 + n));
            if (type is null || name.Length == 0)
                break;
            var work = new SubProject
            {
                Name = name,
                VillageId = village.Id,
                TypeId = type.Id,
                CreatedAt = turn.Now,
            };
            turn.Catalogue.Save(work);
            turn.Audit("subproject.add", $"#{work.Id}", $"{village.Name}: {type.Name} — {name}");
            turn.Reply(T.SubProjectAdded(work.Id, name, village.Name));
            return;
        }
        turn.Reply(T.SubProjectUsage);
    }
}
