using System.Globalization;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Parsing;
using static ThanUyen.Bot.Core.Register.Import.RegisterSheets;
using H = ThanUyen.Bot.Core.Register.Import.RegisterHeaders;

namespace ThanUyen.Bot.Core.Register.Import;

/// <summary>The works sheet: one sub-project per row, matched by its number ("Mã") or else by its name.</summary>
internal static class WorkRows
{
    public static void Read(RowReader row, RegisterContext context, RegisterPlan plan)
    {
        SubProject? stored = null;
        if (row.Text(H.Id) is { } idText)
        {
            stored = int.TryParse(idText.TrimStart('#'), CultureInfo.InvariantCulture, out var number)
                ? context.Works.FirstOrDefault(w => w.Id == number)
                : null;
            if (stored is null)
                row.Fail(H.Id, T.RegisterUnknownWork(idText));
        }
        var village = RegisterContext.Required(
            row,
            H.Village,
            context.Catalogue.FindVillage,
            t => T.RegisterUnknownVillage(t, context.VillageNames)
        );
        var type = RegisterContext.Required(
            row,
            H.Type,
            context.Type,
            t => T.RegisterUnknownName(t, context.Catalogue.InfrastructureTypes().Select(x => x.Name))
        );
        var name = row.Text(H.WorkName);
        if (name is null)
            row.Fail(H.WorkName, T.RegisterRequired);
        else if (context.Seen(Works, TextKey.Of(name), row.Row) is { } first)
            row.Fail(H.WorkName, T.RegisterDuplicate(first));
        else
            stored ??= context.Works.FirstOrDefault(w => TextKey.Of(w.Name) == TextKey.Of(name));
        var target = row.Number(H.Target);
        var unit = row.Text(H.Unit);
        decimal? project = row.Number(H.BudgetProject, money: true),
            community = row.Number(H.BudgetCommunity, money: true),
            commune = row.Number(H.BudgetCommune, money: true);
        DateTime? start = row.Date(H.Start),
            end = row.Date(H.PlannedEnd);
        if (start is not null && end < start)
            row.Fail(H.PlannedEnd, T.RegisterEndBeforeStart);
        var statusText = row.Text(H.Status);
        var status = statusText is null ? (WorkStatus?)null : RegisterNames.Status(statusText);
        if (statusText is not null && status is null)
            row.Fail(
                H.Status,
                T.RegisterUnknownName(statusText, Enum.GetValues<WorkStatus>().Select(T.WorkStatusName))
            );
        if (!row.Clean || name is null || village is null || type is null)
            return;

        var fields = new FieldChanges<SubProject>(row, stored);
        fields.Set(H.Village, w => w.VillageId, village.Id, (w, v) => w.VillageId = v);
        fields.Set(H.Type, w => w.TypeId, type.Id, (w, v) => w.TypeId = v);
        fields.Set(H.WorkName, w => w.Name, name, (w, v) => w.Name = v);
        fields.Set(H.Target, w => w.Target, target, (w, v) => w.Target = v);
        fields.Set(H.Unit, w => w.TargetUnit, unit, (w, v) => w.TargetUnit = v);
        fields.Set(H.BudgetProject, w => w.BudgetProject, project, (w, v) => w.BudgetProject = v);
        fields.Set(H.BudgetCommunity, w => w.BudgetCommunity, community, (w, v) => w.BudgetCommunity = v);
        fields.Set(H.BudgetCommune, w => w.BudgetCommune, commune, (w, v) => w.BudgetCommune = v);
        fields.Set(H.Start, w => w.StartDate, start, (w, v) => w.StartDate = v);
        fields.Set(H.PlannedEnd, w => w.PlannedEnd, end, (w, v) => w.PlannedEnd = v);
        var today = context.Today.ToDateTime(TimeOnly.MinValue);
        if (status is { } s)
            fields.Set(H.Status, w => w.Status, s, (w, v) => SetStatus(w, v, today));
        var id = stored?.Id ?? 0;
        if (stored is null)
            plan.Changes.Add(
                new(
                    Works,
                    true,
                    T.RegisterAddedWork(name, village.Name),
                    (stores, now) =>
                    {
                        var work = new SubProject { CreatedAt = now };
                        fields.ApplyTo(work);
                        stores.Catalogue.Save(work);
                    }
                )
            );
        else if (fields.Changed.Count > 0)
            plan.Changes.Add(
                new(
                    Works,
                    false,
                    T.RegisterChangedWork(id, name, fields.Changed),
                    (stores, _) =>
                    {
                        var work = stores.Catalogue.SubProject(id)!;
                        fields.ApplyTo(work);
                        stores.Catalogue.Save(work);
                    }
                )
            );
    }

    /// <summary>Stopped works take no more progress reports; finished ones remember the day they finished.</summary>
    public static void SetStatus(SubProject work, WorkStatus status, DateTime today)
    {
        if (status == WorkStatus.Finished && work.Status != WorkStatus.Finished)
            work.FinishedOn ??= today;
        if (status != WorkStatus.Finished)
            work.FinishedOn = null;
        work.Status = status;
        work.Active = status != WorkStatus.Stopped;
    }
}
