using LiteDB;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Tests.Infra;

/// <summary>
/// What a power cut would leave of the database files: every write is held back until a sync of its file
/// makes it durable; <see cref="Open"/> copies the durable bytes to new files and opens them as a restart
/// after the cut would. Writes the operating system had merely cached (a kill -9 keeps them, a power cut
/// does not) are not in the image.
/// </summary>
public sealed class PowerCutImage : IStorageObserver
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, MemoryStream> _durable = [];
    private readonly Dictionary<string, List<(long Position, byte[]? Bytes, long Length)>> _pending = [];

    public int Syncs { get; private set; }

    public void Writing(string path, long position, ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        lock (_gate)
            Pending(path).Add((position, copy, -1));
    }

    public void Resizing(string path, long length)
    {
        lock (_gate)
            Pending(path).Add((0, null, length));
    }

    public void Synced(string path)
    {
        lock (_gate)
        {
            var image = Image(path);
            foreach (var (position, bytes, length) in Pending(path))
            {
                if (bytes is null)
                {
                    image.SetLength(length);
                    continue;
                }
                image.Position = position;
                image.Write(bytes);
            }
            Pending(path).Clear();
            Syncs++;
        }
    }

    /// <summary>
    /// The first time a file is seen, what is on disk already counts as durable (it was synced before).
    /// </summary>
    private MemoryStream Image(string path)
    {
        if (!_durable.TryGetValue(path, out var image))
        {
            image = new MemoryStream();
            if (File.Exists(path))
                image.Write(File.ReadAllBytes(path));
            _durable[path] = image;
        }
        return image;
    }

    private List<(long, byte[]?, long)> Pending(string path)
    {
        _ = Image(path);
        if (!_pending.TryGetValue(path, out var list))
            _pending[path] = list = [];
        return list;
    }

    /// <summary>Opens the durable image of <paramref name="databasePath"/> (and its log) as a restart would.</summary>
    public LiteDatabase Open(string databasePath, string folder)
    {
        Directory.CreateDirectory(folder);
        var copy = Path.Combine(folder, $"cut-{Guid.NewGuid():N}.db");
        lock (_gate)
        {
            File.WriteAllBytes(copy, _durable.TryGetValue(databasePath, out var data) ? data.ToArray() : []);
            var log = BotDatabase.LogPathOf(databasePath);
            if (_durable.TryGetValue(log, out var logImage) && logImage.Length > 0)
                File.WriteAllBytes(BotDatabase.LogPathOf(copy), logImage.ToArray());
        }
        return new LiteDatabase(new ConnectionString { Filename = copy, Connection = ConnectionType.Direct });
    }
}
