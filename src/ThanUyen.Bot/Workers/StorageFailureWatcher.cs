using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Workers;

/// <summary>
/// A disk that fails (full, I/O error) leaves LiteDB's engine closed for good: rather than a half-alive
/// service that accepts nothing, stop with a non-zero exit code so systemd restarts it (Restart=on-failure),
/// on a healthy disk. Nothing was acknowledged that was not durable, so nothing confirmed is lost.
/// </summary>
public sealed class StorageFailureWatcher(DatabaseWriter writer, IHostApplicationLifetime lifetime) : IHostedService
{
    /// <summary>EX_IOERR from sysexits.h: an I/O error.</summary>
    public const int ExitCode = 74;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        writer.Failed += OnFailed;
        if (writer.Failure is not null)
            OnFailed(writer.Failure);
        return Task.CompletedTask;
    }

    private void OnFailed(Exception error)
    {
        Environment.ExitCode = ExitCode;
        // Not on the writer thread: stopping waits for services that may be waiting on the writer.
        _ = Task.Run(lifetime.StopApplication);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        writer.Failed -= OnFailed;
        return Task.CompletedTask;
    }
}
