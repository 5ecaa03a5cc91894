using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Register.Import;

/// <summary>
/// What a register file would do: its errors (then nothing may be applied), or its changes. Rows that change
/// nothing are not changes, so sending the same file twice changes nothing the second time.
/// </summary>
public sealed class RegisterPlan
{
    public List<RegisterError> Errors { get; } = [];
    public List<RegisterChange> Changes { get; } = [];

    public bool Ok => Errors.Count == 0;

    /// <summary>
    /// Writes every change (the caller's transaction makes it all or nothing) and records each in the audit.
    /// </summary>
    public void Apply(Stores stores, Member? actor, DateTime nowUtc)
    {
        if (!Ok)
            throw new InvalidOperationException("A register file with errors is never applied.");
        stores.Writer.EnsureWriting();
        foreach (var change in Changes)
        {
            change.Apply(stores, nowUtc);
            stores.Audit.Record(actor, nowUtc, "register.import", change.Sheet, change.Line);
        }
    }

    /// <summary>The errors as people read them, the first <paramref name="max"/> of them.</summary>
    public string ErrorText(int max = 30) => T.RegisterErrors(Errors.Select(e => e.ToString()).ToList(), max);

    /// <summary>What will be added or changed, per sheet, the first <paramref name="max"/> lines in full.</summary>
    public string ChangeText(int max = 25) => T.RegisterChanges(Changes, max);
}
