using ThanUyen.Bot.Workers;

namespace ThanUyen.Bot.Tests.Workers;

/// <summary>
/// When the trimmer hands memory back. Its effect (resident memory after the 100k digests) is measured by
/// scripts/bench footprint, not here: the allocation counters are process-wide and tests run in parallel.
/// </summary>
public sealed class MemoryTrimmerTests
{
    private const long MB = 1 << 20;

    [Fact]
    public void A_burst_that_is_over_is_trimmed()
    {
        // A weekly digest over 100k reports: hundreds of MB, then the service is quiet again.
        Assert.True(MemoryTrimmer.ShouldTrim(allocatedSinceTrim: 400 * MB, allocatedSinceLook: 1 * MB));
        // The start of an idle service: its first collection.
        Assert.True(MemoryTrimmer.ShouldTrim(allocatedSinceTrim: 9 * MB, allocatedSinceLook: 0));
    }

    [Fact]
    public void Steady_traffic_and_an_idle_service_after_its_trim_are_left_alone()
    {
        // 50 answers a second allocate more than the quiet threshold in every look: no full collection between them.
        Assert.False(MemoryTrimmer.ShouldTrim(allocatedSinceTrim: 400 * MB, allocatedSinceLook: 20 * MB));
        // A burst still running.
        Assert.False(
            MemoryTrimmer.ShouldTrim(allocatedSinceTrim: 400 * MB, allocatedSinceLook: MemoryTrimmer.QuietBytes)
        );
        // Idle after a trim: nothing worth a collection.
        Assert.False(MemoryTrimmer.ShouldTrim(allocatedSinceTrim: 1 * MB, allocatedSinceLook: 0));
    }
}
