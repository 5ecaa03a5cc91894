using Polly;
using Polly.Registry;
using Polly.Retry;

namespace ThanUyen.Bot.Channels;

/// <summary>
/// The retry policies of the platform loops, built once with Polly: "platform-setup" (getMe, setWebhook,
/// deleteWebhook, setMyCommands at start: every 2 s growing to 30 s) and "platform-poll" (one long poll and the
/// handling of what it returned: 1 s growing to 30 s). Both retry until the work succeeds or the service stops,
/// with jitter, and log what failed with the token scrubbed. The outbox keeps its own timing (retry_after,
/// per-chat order) and does not use these.
/// </summary>
public sealed class PlatformRetry : IAsyncDisposable
{
    public const string Setup = "platform-setup",
        Poll = "platform-poll";

    private static readonly ResiliencePropertyKey<string> What = new("thanuyen.what");
    private readonly ResiliencePipelineRegistry<string> _pipelines = new();

    public PlatformRetry(SecretScrubber scrubber, ILogger<PlatformRetry> log)
    {
        RetryStrategyOptions Forever(TimeSpan first) =>
            new()
            {
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = first,
                MaxDelay = TimeSpan.FromSeconds(30),
                // Everything but the service's own stop: an HTTP timeout is an OperationCanceledException too.
                // Not a failed disk either: the service is stopping, and polling again would consume updates
                // (Zalo's are gone once returned) that can no longer be stored.
                ShouldHandle = args =>
                    ValueTask.FromResult(
                        args.Outcome.Exception is not null and not Core.Storage.StorageFailedException
                            && !args.Context.CancellationToken.IsCancellationRequested
                    ),
                OnRetry = args =>
                {
                    log.LogWarning(
                        "{What} failed ({Error}); attempt {Attempt}, retrying in {Delay:0.#}s",
                        args.Context.Properties.GetValue(What, "a platform call"),
                        scrubber.Describe(args.Outcome.Exception!),
                        args.AttemptNumber + 1,
                        args.RetryDelay.TotalSeconds
                    );
                    return ValueTask.CompletedTask;
                },
            };
        _pipelines.TryAddBuilder(Setup, (builder, _) => builder.AddRetry(Forever(TimeSpan.FromSeconds(2))));
        _pipelines.TryAddBuilder(Poll, (builder, _) => builder.AddRetry(Forever(TimeSpan.FromSeconds(1))));
    }

    public ValueTask DisposeAsync() => _pipelines.DisposeAsync();

    /// <summary>
    /// Runs <paramref name="work"/> under the named pipeline until it succeeds (true) or the service stops
    /// (false). <paramref name="what"/> names it in the logs ("Telegram getUpdates").
    /// </summary>
    public async Task<bool> RunAsync(
        string pipeline,
        string what,
        Func<CancellationToken, Task> work,
        CancellationToken stoppingToken
    )
    {
        var context = ResilienceContextPool.Shared.Get(stoppingToken);
        context.Properties.Set(What, what);
        try
        {
            await _pipelines
                .GetPipeline(pipeline)
                .ExecuteAsync(static async (ctx, w) => await w(ctx.CancellationToken), context, work);
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
