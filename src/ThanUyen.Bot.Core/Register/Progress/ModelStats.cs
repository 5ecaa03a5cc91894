using ThanUyen.Bot.Core.Community;

namespace ThanUyen.Bot.Core.Register.Progress;

/// <summary>A production model over a window: households in it, sales and revenue, trainings on its topics.</summary>
public sealed record ModelStats(int Households, int Sales, decimal Revenue, int Trainings, bool Running)
{
    public static ModelStats Of(ProductionModel model, ProgressData data, DateOnly from, DateOnly to)
    {
        var sales = data.Sales(from, to).Where(s => ProgressData.Belongs(model, s.Report)).ToList();
        return new ModelStats(
            data.Households.Count(h => h.ModelIds.Contains(model.Id)),
            sales.Count,
            sales.Sum(s => s.Facts.Total),
            data.Meetings(from, to).Count(m => ProgressData.Belongs(model, m.Report)),
            IndicatorValues.Running(model, data, to)
        );
    }
}
