namespace ThanUyen.Bot.Core.Register.Import;

/// <summary>
/// The fields a row sets on one document, each only when its column is in the sheet: which differ from what is
/// stored (shown before confirming) and the setters to run when applying.
/// </summary>
internal sealed class FieldChanges<TItem>(RowReader row, TItem? stored)
    where TItem : class
{
    private readonly List<Action<TItem>> _setters = [];

    public List<string> Changed { get; } = [];

    public void Set<TValue>(string header, Func<TItem, TValue> get, TValue value, Action<TItem, TValue> set)
    {
        if (!row.Has(header))
            return;
        if (stored is not null && !EqualityComparer<TValue>.Default.Equals(get(stored), value))
            Changed.Add(header);
        _setters.Add(item => set(item, value));
    }

    public void SetList(
        string header,
        Func<TItem, List<string>> get,
        List<string> value,
        Action<TItem, List<string>> set
    )
    {
        if (!row.Has(header))
            return;
        if (
            stored is not null
            && !get(stored).Order(StringComparer.Ordinal).SequenceEqual(value.Order(StringComparer.Ordinal))
        )
            Changed.Add(header);
        _setters.Add(item => set(item, [.. value]));
    }

    /// <summary>Applies every set field (also those equal to what is stored: harmless) to a fresh copy.</summary>
    public void ApplyTo(TItem item)
    {
        foreach (var set in _setters)
            set(item);
    }
}
