namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// Sees every write, resize and sync of the database files (<see cref="DurableFileStream"/>). Production
/// registers none; tests use one to prove that nothing is acknowledged before it is durable, and to build
/// the image a power cut would leave (what was synced, nothing else).
/// </summary>
public interface IStorageObserver
{
    void Writing(string path, long position, ReadOnlySpan<byte> bytes);

    void Resizing(string path, long length);

    void Synced(string path);
}
