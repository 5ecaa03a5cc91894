using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Register.Import;

/// <summary>
/// One row that adds or changes something: what people read before confirming, and the write itself (run
/// with every other change of the file in one transaction).
/// </summary>
public sealed record RegisterChange(string Sheet, bool Added, string Line, Action<Stores, DateTime> Apply);
