namespace ThanUyen.Bot.Core.Community;

/// <summary>
/// A concrete infrastructure work a village group builds (a road, a row of solar power poles …), with the
/// register's plan: a measurable target, the budget by source, dates and status. Every plan field is empty
/// until someone sets it: nothing is invented.
/// </summary>
public sealed class SubProject
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string VillageId { get; set; } = "";
    public string TypeId { get; set; } = "";

    /// <summary>Progress can still be reported on it (false once closed).</summary>
    public bool Active { get; set; } = true;

    /// <summary>Seeded for the console demo (--demo), not a real work.</summary>
    public bool Example { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>The measurable target: 2.5 (km), 40 (cột), 35 (hộ được cấp nước).</summary>
    public decimal? Target { get; set; }

    /// <summary>What the target counts: "km", "cột", "hộ".</summary>
    public string? TargetUnit { get; set; }

    /// <summary>Budget in đồng by source: the project, the community, the commune.</summary>
    public decimal? BudgetProject { get; set; }
    public decimal? BudgetCommunity { get; set; }
    public decimal? BudgetCommune { get; set; }

    /// <summary>Local dates at midnight, as report dates are kept.</summary>
    public DateTime? StartDate { get; set; }
    public DateTime? PlannedEnd { get; set; }
    public WorkStatus Status { get; set; }

    /// <summary>The day it was reported 100 % (or set finished); null when unknown.</summary>
    public DateTime? FinishedOn { get; set; }
}
