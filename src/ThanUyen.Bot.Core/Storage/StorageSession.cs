using Microsoft.Extensions.Logging.Abstractions;
using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// The database, its writer and its stores opened together outside the service's container (seeding a
/// test database, a harness, an offline tool), and closed together.
/// </summary>
public sealed class StorageSession : IDisposable
{
    public StorageSession(StorageOptions options, ChannelDirectory? channels = null)
    {
        Database = new BotDatabase(options);
        Writer = new DatabaseWriter(Database, NullLogger<DatabaseWriter>.Instance);
        Stores = new Stores(
            Database,
            Writer,
            TimeProvider.System,
            new InboxSignal(),
            channels ?? new ChannelDirectory([])
        );
    }

    public BotDatabase Database { get; }
    public DatabaseWriter Writer { get; }
    public Stores Stores { get; }

    public void Dispose()
    {
        Writer.Dispose();
        Database.Dispose();
    }
}
