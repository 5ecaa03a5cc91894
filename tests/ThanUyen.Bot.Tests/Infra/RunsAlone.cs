namespace ThanUyen.Bot.Tests.Infra;

/// <summary>
/// Tests that measure the service under load (latency bounds) run after the parallel ones, on their own:
/// another test class sharing the two cores would be measured with them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "alone";
}
