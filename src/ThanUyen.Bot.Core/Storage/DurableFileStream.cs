namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// One of LiteDB's two files (data or write-ahead log), opened by us so that writes can be made durable.
/// LiteDB 5.0.21 writes a commit's log pages with plain writes and never syncs them (LiteDB issue #2818;
/// the fix, #2918, came after the last version served here). Its only syncs are at checkpoints, through
/// <see cref="Flush()"/>. So: <see cref="Sync"/> is called by the database writer after each group commit,
/// before anything is acknowledged; <see cref="Flush()"/> syncs too (checkpoint order: the data file is synced
/// before the log is truncated); and the data file syncs the log before its first write of a checkpoint,
/// so pages copied from the log are on disk in the log before the data file is touched.
/// LiteDB wraps this stream in its own per-reader wrappers (and in AesStream when encrypted), which all
/// end up here: the guarantee holds with Storage:Password too.
/// </summary>
public sealed class DurableFileStream : Stream
{
    private readonly FileStream _file;
    private readonly DurableFileStream? _syncFirst;
    private readonly IStorageObserver? _observer;
    private readonly Lock _gate = new();
    private long _writes,
        _synced;

    public DurableFileStream(string path, DurableFileStream? syncBeforeWriting, IStorageObserver? observer)
    {
        Path = path;
        _syncFirst = syncBeforeWriting;
        _observer = observer;
        var options = new FileStreamOptions
        {
            Mode = FileMode.OpenOrCreate,
            Access = FileAccess.ReadWrite,
            Share = FileShare.Read,
            Options = FileOptions.RandomAccess,
            // Page writes are 8 KB: no buffer, so what Write returns has reached the operating system.
            BufferSize = 0,
        };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        _file = new FileStream(path, options);
    }

    public string Path { get; }

    /// <summary>fsyncs made so far (shown by /healthz; the durability test compares it with strace).</summary>
    public long SyncCount => Interlocked.Read(ref _syncCount);
    private long _syncCount;

    /// <summary>Something was written since the last <see cref="Sync"/>.</summary>
    public bool Dirty => Interlocked.Read(ref _writes) != Interlocked.Read(ref _synced);

    /// <summary>Makes everything written so far durable (fsync). Cheap when nothing was written.</summary>
    public void Sync()
    {
        lock (_gate)
        {
            var upTo = Interlocked.Read(ref _writes);
            if (upTo == Interlocked.Read(ref _synced))
                return;
            _file.Flush(flushToDisk: true);
            Interlocked.Exchange(ref _synced, upTo);
            Interlocked.Increment(ref _syncCount);
            _observer?.Synced(Path);
        }
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (_syncFirst is { Dirty: true })
            _syncFirst.Sync();
        lock (_gate)
        {
            var position = _file.Position;
            _observer?.Writing(Path, position, buffer.AsSpan(offset, count));
            _file.Write(buffer, offset, count);
            Interlocked.Increment(ref _writes);
        }
    }

    public override void SetLength(long value)
    {
        lock (_gate)
        {
            _observer?.Resizing(Path, value);
            _file.SetLength(value);
            Interlocked.Increment(ref _writes);
        }
    }

    /// <summary>LiteDB flushes only to make a checkpoint durable: that must reach the disk.</summary>
    public override void Flush() => Sync();

    public override int Read(byte[] buffer, int offset, int count) => _file.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => _file.Seek(offset, origin);

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => true;
    public override long Length => _file.Length;

    public override long Position
    {
        get => _file.Position;
        set => _file.Position = value;
    }

    /// <summary>
    /// LiteDB disposes its wrappers (and through them this stream) in an order of its own: the file is
    /// closed by <see cref="CloseFile"/> once the engine is gone.
    /// </summary>
    protected override void Dispose(bool disposing) => base.Dispose(false);

    public void CloseFile() => _file.Dispose();
}
