using ThanUyen.Bot.Core.Community;

namespace ThanUyen.Bot.Core.Reports.Kinds.Progress;

/// <summary>A work's state from its whole history: the latest report, its percent, photos and places.</summary>
public sealed record WorkProgress(
    SubProject Work,
    Report? Latest,
    int? Percent,
    int Reports,
    int Photos,
    IReadOnlyList<WorkPlace> Places
);
