using ThanUyen.Bot.Core.Register.Import;
using ThanUyen.Bot.Core.Register.Periods;

namespace ThanUyen.Bot.Cli;

/// <summary>The register and the period report for the operator: the same checks and files as in chat.</summary>
public sealed partial class OperatorActions
{
    private DateOnly Today => DateOnly.FromDateTime(bot.Value.ToLocal(clock.GetUtcNow().UtcDateTime));

    public byte[] RegisterTemplate() => Core.Register.Import.RegisterTemplate.Write(stores);

    /// <summary>
    /// Checks a register file; unless <paramref name="dryRun"/>, applies it (audited as the operator). Errors throw
    /// with every problem listed: nothing is applied while any remains.
    /// </summary>
    public string RegisterImport(byte[] file, bool dryRun)
    {
        var plan = RegisterReader.Read(file, stores, register.Value.MaxFileBytes, Today);
        if (!plan.Ok)
            throw new OperatorException(plan.ErrorText(int.MaxValue));
        var changes = plan.ChangeText(int.MaxValue);
        if (dryRun || plan.Changes.Count == 0)
            return dryRun ? $"{changes}\n(--dry-run: nothing was changed)" : changes;
        stores.Writer.Write(() => plan.Apply(stores, null, clock.GetUtcNow().UtcDateTime));
        return $"{changes}\napplied: {plan.Changes.Count} changes";
    }

    public (string Name, byte[] Bytes) PeriodReport(string periodText, string? commune)
    {
        var period =
            Period.Parse(periodText, Today)
            ?? throw new OperatorException(
                $"Cannot read the period '{periodText}': use 2026-Q3, 2026, or \"1/10/2026 to 31/12/2026\"."
            );
        var communeId = commune is null
            ? null
            : (
                stores.Catalogue.FindCommune(commune) ?? throw new OperatorException($"Unknown commune '{commune}'.")
            ).Id;
        var bytes = Core.Register.Periods.PeriodReport.Write(
            stores,
            communeId,
            period,
            register.Value.ProjectStart,
            Today
        );
        return ($"bao-cao-{period.FileLabel}-{communeId ?? "toan-du-an"}.xlsx", bytes);
    }
}
