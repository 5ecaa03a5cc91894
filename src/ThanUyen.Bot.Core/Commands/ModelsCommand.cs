using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>/models: production models · /model add &lt;bản&gt; &lt;name&gt; (admins).</summary>
public sealed class ModelsCommand : ICommand
{
    public string Name => "models";
    public IReadOnlyList<string> Aliases => ["model", "mohinh"];
    public Role? MinimumRole => Role.Officer;
    public string Description => T.ModelsDescriptionShort;

    /// <summary>Only admins may add models: only they read how.</summary>
    public string DescriptionFor(Role? role) => role == Role.Admin ? T.ModelsDescription : Description;

    public void Execute(Turn turn, string args)
    {
        var words = args.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && TextKey.Of(words[0]) is "add" or "them")
        {
            Add(turn, words.Skip(1).ToList());
            return;
        }
        var catalogue = turn.Catalogue;
        var lines = catalogue
            .Models()
            .Where(m => m.Active)
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => $"• {m.Name}{(catalogue.Village(m.VillageId) is { } v ? $" ({v.Name})" : "")}");
        turn.Reply($"{T.ModelsHeader}\n{string.Join('\n', lines)}");
    }

    private static void Add(Turn turn, List<string> words)
    {
        if (turn.Member!.Role != Role.Admin)
        {
            turn.Reply(T.NotAllowed);
            return;
        }
        var catalogue = turn.Catalogue;
        for (var n = 1; n < words.Count; n++)
        {
            if (catalogue.FindVillage(string.Join(' ', words.Take(n))) is not { } village)
                continue;
            var name = string.Join(' ', words.Skip(n));
            var model = new ProductionModel
            {
                Id = $"{village.Id}-{TextKey.Of(name).Replace(' ', '-')}",
                Name = name,
                VillageId = village.Id,
            };
            turn.Catalogue.Save(model);
            turn.Audit("model.add", model.Id, $"{village.Name}: {name}");
            turn.Reply(T.ModelAdded(name, village.Name));
            return;
        }
        turn.Reply(T.ModelUsage);
    }
}
