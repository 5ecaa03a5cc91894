namespace ThanUyen.Bot.Core.Commands;

public sealed class CommandRegistry(IEnumerable<ICommand> commands)
{
    private readonly Dictionary<string, ICommand> _byName = commands
        .SelectMany(c => c.Aliases.Prepend(c.Name).Select(n => (n, c)))
        .ToDictionary(x => x.n, x => x.c);

    public IReadOnlyCollection<ICommand> All => _byName.Values.Distinct().ToList();

    public ICommand? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The command a sent file goes to, if any.</summary>
    public ICommand? DocumentReader => All.FirstOrDefault(c => c.TakesDocuments);
}
