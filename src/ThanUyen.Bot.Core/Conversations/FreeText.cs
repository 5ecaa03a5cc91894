using System.Globalization;
using ThanUyen.Bot.Core.Commands;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// Text typed with no report open, after commands, list pages and menu entries: a sentence starts the report it
/// names with the answers it holds ("ban trau 2con hom qua 30 trieu" → a sale with product, quantity, date and
/// total filled, asking only the rest); a greeting or thanks gets a short friendly answer; anything else the menu.
/// </summary>
public sealed class FreeText(FlowRunner runner)
{
    public void Handle(Turn turn, string text)
    {
        var member = turn.Member!;
        var reading = SentenceReader.Read(text, turn.Today, Catalogue(turn));
        switch (reading.Intent)
        {
            case Intents.Greeting:
                turn.Reply(T.Greeting(member.Name), Menu.Buttons(member, runner.All));
                return;
            case Intents.Thanks:
                turn.Reply(T.ThanksReply);
                return;
        }
        if (reading.Intent is not { } intent || runner.Find(intent) is not { Commands.Count: > 0 } flow)
        {
            turn.Reply(T.NotUnderstoodTry, Menu.Buttons(member, runner.All));
            return;
        }
        if (!flow.IsAllowed(member))
        {
            turn.Reply(T.NotAllowed);
            return;
        }
        var prefill = reading.Slots.ToDictionary();
        runner.Start(turn, flow, prefill, null, Note(turn, flow, prefill, reading.Date));
    }

    /// <summary>What the sentence already answered, as the confirm summary will show it, and a date refused.</summary>
    internal static string? Note(Turn turn, IFlow flow, Dictionary<string, string> prefill, DateProblem date)
    {
        var answers = new Answers(prefill);
        var lines = flow
            .Steps.Where(s => !s.Hidden && prefill.ContainsKey(s.Key) && s.Applies(turn, answers))
            .Select(s => $"• {s.Label}: {s.Display(turn, answers, prefill[s.Key])}")
            .ToList();
        var notes = new List<string>();
        if (lines.Count > 0)
            notes.Add($"{T.Understood}\n{string.Join('\n', lines)}");
        if (date == DateProblem.Future)
            notes.Add(T.SentenceDateInFuture);
        return notes.Count == 0 ? null : string.Join("\n\n", notes);
    }

    /// <summary>The option lists a sentence is read against, from the catalogue and the person's works.</summary>
    internal static SentenceCatalogue Catalogue(Turn turn)
    {
        var catalogue = turn.Catalogue;
        var works =
            turn.Member is { Role: Role.Admin } || turn.Member?.VillageId is null
                ? catalogue.ActiveSubProjects()
                : catalogue.ActiveSubProjects(turn.Member.VillageId);
        return new SentenceCatalogue(
            Candidates(catalogue.Options(CatalogueLists.Products)),
            product =>
                catalogue.Entries(CatalogueLists.Products).FirstOrDefault(p => p.Value == product)?.Unit ?? Quantity.Kg,
            Candidates(catalogue.Options(CatalogueLists.Buyers)),
            Candidates(catalogue.Options(CatalogueLists.MeetingKinds)),
            Candidates(catalogue.Options(CatalogueLists.MeetingTopics)),
            [
                .. works.Select(w => new MatchCandidate(
                    w.Id.ToString(CultureInfo.InvariantCulture),
                    w.Name,
                    catalogue.Village(w.VillageId) is { } v ? [v.Name] : []
                )),
            ]
        );
    }

    private static List<MatchCandidate> Candidates(IEnumerable<Option> options) =>
        [.. options.Select(o => new MatchCandidate(o.Value, o.Label, o.Synonyms))];
}
