using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Tests.Reports.Kinds.Incident;

/// <summary>A test-only fourth kind: a short incident report (a landslide on the road, a sick herd).</summary>
public sealed class IncidentReportFlow : IFlow
{
    public const string FlowId = "incident";
    public string Id => FlowId;
    public string Title => "⚠️ Sự cố";
    public IReadOnlyList<string> Commands => ["incident", "suco"];
    public string Description => "Báo cáo sự cố";
    public bool NeedsConfirm => true;

    public bool IsAllowed(Member member) => member.Role is Role.Member or Role.Admin;

    public IReadOnlyList<Step> Steps { get; } =
    [
        new TextStep("what", "Chuyện gì", "⚠️ Có chuyện gì xảy ra?"),
        new NumberStep("households", "Số hộ bị ảnh hưởng", "🏠 Bao nhiêu hộ bị ảnh hưởng?", 0, 1000, "3"),
    ];

    public void Complete(Turn turn, Answers answers, ConversationState state)
    {
        var facts = new IncidentFacts { What = answers.Text("what"), Households = answers.Number("households") ?? 0 };
        ReportWriter.Save(turn, this, state, answers, turn.Today, facts, $"{facts.What} ({facts.Households} hộ)");
    }
}
