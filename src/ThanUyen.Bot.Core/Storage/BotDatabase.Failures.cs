using System.Collections;
using System.Reflection;

namespace ThanUyen.Bot.Core.Storage;

public sealed partial class BotDatabase
{
    /// <summary>
    /// LiteDB 5.0.21 defect: when a commit fails half-way (an I/O error while writing the log), the engine
    /// closes, but the transaction is left with pages in a state its own Dispose rejects ("discarded page must
    /// be writable"); its finalizer then throws on the finalizer thread and kills the process with an
    /// unhandled exception instead of the clean exit the service chose. Called once storage has failed:
    /// those transactions are abandoned without finalizing. Reflection on the pinned version's private
    /// fields (LiteDatabase._engine → SerializedEngine → LiteEngine._monitor → TransactionMonitor._transactions);
    /// if they ever move, this does nothing and the worst case is the crash it prevents.
    /// </summary>
    internal void AbandonFailedTransactions()
    {
        const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;
        try
        {
            var engine = Engine.GetType().GetField("_engine", Private)?.GetValue(Engine);
            if (engine is SerializedEngine serialized)
                engine = serialized.Inner;
            var monitor = engine?.GetType().GetField("_monitor", Private)?.GetValue(engine);
            if (
                monitor?.GetType().GetField("_transactions", Private)?.GetValue(monitor) is not IDictionary transactions
            )
                return;
            lock (transactions)
                foreach (var transaction in transactions.Values)
                    if (transaction is not null)
#pragma warning disable CA1816 // on purpose: these objects are LiteDB's, abandoned without finalizing
                        GC.SuppressFinalize(transaction);
#pragma warning restore CA1816
        }
        catch (Exception e) when (e is FieldAccessException or TargetException or InvalidOperationException)
        {
            // Nothing more can be done: the service is stopping anyway.
        }
    }
}
