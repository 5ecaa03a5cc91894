using System.Collections.Concurrent;
using LiteDB;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// LiteDB's own binder, remembered: a report's facts are stored with their type's name, and LiteDB 5.0.21 looks
/// the name up with <see cref="Type.GetType(string)"/> on every read (and builds the name from the assembly's
/// name on every write). Reading the web overview's 10,000 reports spent a quarter of its mapping time there.
/// What is allowed stays LiteDB's decision: a name is asked of <see cref="DefaultTypeNameBinder"/> once.
/// </summary>
internal sealed class CachingTypeNameBinder : ITypeNameBinder
{
    private readonly ConcurrentDictionary<Type, string> _names = new();
    private readonly ConcurrentDictionary<string, Type> _types = new(StringComparer.Ordinal);

    public string GetName(Type type) => _names.GetOrAdd(type, DefaultTypeNameBinder.Instance.GetName);

    public Type GetType(string name)
    {
        if (_types.TryGetValue(name, out var known))
            return known;
        // An unknown name (null) or a refused one (LiteDB throws) is not remembered: it is asked again.
        var type = DefaultTypeNameBinder.Instance.GetType(name);
        if (type is not null)
            _types.TryAdd(name, type);
        return type!; // LiteDB reads null as "no such type" and says so
    }
}
