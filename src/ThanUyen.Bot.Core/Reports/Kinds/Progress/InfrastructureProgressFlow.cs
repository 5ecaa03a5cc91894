using System.Globalization;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Reports.Kinds.Progress;

/// <summary>
/// /progress (/hatang): how far an infrastructure work has come, what the community put in, what is needed.
/// </summary>
public sealed class InfrastructureProgressFlow : IFlow
{
    public const string FlowId = "progress";
    public string Id => FlowId;
    public string Title => "🛠️ Hạ tầng";
    public IReadOnlyList<string> Commands => ["progress", "hatang"];
    public string Description => "Báo cáo tiến độ công trình hạ tầng";
    public bool NeedsConfirm => true;

    public bool IsAllowed(Member member) => member.Role is Role.Member or Role.Admin;

    public string? Unavailable(Turn turn) => SubProjects(turn).Count == 0 ? T.NoSubProjects : null;

    private static List<SubProject> SubProjects(Turn turn) =>
        turn.Member is { Role: Role.Admin } || turn.Member?.VillageId is null
            ? turn.Catalogue.ActiveSubProjects()
            : turn.Catalogue.ActiveSubProjects(turn.Member.VillageId);

    /// <summary>The latest progress report of a work: "from → to" and the lower-percent check.</summary>
    public static Report? Latest(Turn turn, int subProjectId) =>
        turn.Reports.Latest(FlowId, nameof(ProgressFacts.SubProjectId), subProjectId);

    private static int? LastPercent(Turn turn, Answers a) =>
        int.TryParse(a.Get("subproject"), CultureInfo.InvariantCulture, out var id)
            ? Latest(turn, id)?.FactsAs<ProgressFacts>()?.Percent
            : null;

    public IReadOnlyList<Step> Steps { get; } =
    [
        new ChoiceStep(
            "subproject",
            "Công trình",
            (_, _) => T.AskSubProject,
            (turn, _) =>
                SubProjects(turn)
                    .Select(s => new Option(
                        s.Id.ToString(CultureInfo.InvariantCulture),
                        $"{turn.Catalogue.InfrastructureType(s.TypeId)?.Icon ?? "🏗️"} {s.Name}"
                    ))
                    .ToList()
        ),
        new NumberStep("percent", "Hoàn thành", T.AskPercent, 0, 100, "60")
        {
            Unit = "%",
            IsPercent = true,
            DependsOn = ["subproject"],
        },
        new ChoiceStep(
            "percent_lower",
            "Xác nhận giảm",
            (turn, a) => T.PercentLower(LastPercent(turn, a) ?? 0, a.Number("percent") ?? 0),
            (_, _) =>
                [
                    new Option("yes", T.YesCorrect, "co", "dung", "u", "ok"),
                    new Option(Option.RedoPrefix + "percent", T.NoRetype, "khong", "sai", "ko"),
                ]
        )
        {
            Hidden = true,
            DependsOn = ["subproject", "percent"],
            SkipWhen = (turn, a) => !(LastPercent(turn, a) is { } last && a.Number("percent") < last),
        },
        new CatalogueChoiceStep("status", "Tình trạng", T.AskStatus, CatalogueLists.ProgressStatuses)
        {
            SkipWhen = (_, a) => a.Number("percent") == 100,
            DependsOn = ["percent"],
        },
        new NumberStep("workdays", "Ngày công đóng góp", T.AskWorkdays, 0, 100_000, "40")
        {
            Optional = true,
            Unit = "ngày công",
        },
        new MoneyStep("cash", "Tiền đóng góp", (_, _) => T.AskCash) { Optional = true, AllowZero = true },
        new TextStep("problems", "Khó khăn, đề xuất", T.AskProblems) { Optional = true },
        new PhotoStep("photo", "Ảnh", T.AskProgressPhoto) { Optional = true },
        new LocationStep("location", "Vị trí", T.AskLocation) { Optional = true },
    ];

    public void Complete(Turn turn, Answers answers, ConversationState state)
    {
        var subProject = turn.Catalogue.SubProject(
            int.Parse(answers.Text("subproject"), CultureInfo.InvariantCulture)
        )!;
        var previous = Latest(turn, subProject.Id);
        var isEdit = state.ReportCode is not null && previous?.Code == state.ReportCode;
        var location = answers.Get("location")?.Split(',');
        var facts = new ProgressFacts
        {
            SubProjectId = subProject.Id,
            SubProjectName = subProject.Name,
            PreviousPercent = isEdit
                ? previous!.FactsAs<ProgressFacts>()?.PreviousPercent
                : previous?.FactsAs<ProgressFacts>()?.Percent,
            Percent = answers.Number("percent") ?? 0,
            Status = answers.Number("percent") == 100 ? "completed" : answers.Text("status"),
            Workdays = answers.Number("workdays"),
            Cash = answers.Amount("cash"),
            Problems = answers.Get("problems"),
            PhotoFileIds = ReportWriter.Photos(answers.Get("photo")),
            Latitude = location is null ? null : double.Parse(location[0], CultureInfo.InvariantCulture),
            Longitude = location is null ? null : double.Parse(location[1], CultureInfo.InvariantCulture),
        };
        if (facts.Percent == 100 && subProject.Status != WorkStatus.Finished)
        {
            // A 100 % report finishes the work in the register (an admin can also set it).
            subProject.Status = WorkStatus.Finished;
            subProject.FinishedOn = turn.Today.ToDateTime(TimeOnly.MinValue);
            turn.Catalogue.Save(subProject);
        }
        var status = turn.Catalogue.Label(CatalogueLists.ProgressStatuses, facts.Status);
        ReportWriter.Save(
            turn,
            this,
            state,
            answers,
            turn.Today,
            facts,
            T.ProgressSummary(subProject.Name, facts.Percent, status),
            subProject.VillageId
        );
    }
}
