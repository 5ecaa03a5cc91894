using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>
/// /edit BC-0412: reopens a saved report at its confirm step. Own reports within Bot:EditDays (or sent back for
/// changes); admins any.
/// </summary>
public sealed class EditCommand(FlowRunner runner) : ICommand
{
    public string Name => "edit";
    public IReadOnlyList<string> Aliases => ["sua"];
    public Role? MinimumRole => Role.Member;
    public string Description => "Sửa một báo cáo đã gửi (ví dụ /edit BC-0012)";

    public void Execute(Turn turn, string args)
    {
        if (string.IsNullOrWhiteSpace(args))
        {
            turn.Reply(T.EditUsage);
            return;
        }
        var report = turn.Reports.Find(args.Split(' ')[0]);
        var member = turn.Member!;
        // Someone else's report reads as "not found": refusals reveal nothing.
        if (report is null || (member.Role != Role.Admin && report.ReporterId != member.Id))
        {
            turn.Reply(T.ReportNotFound);
            return;
        }
        // A report sent back for changes can be fixed however old it is: the reviewer asked for it.
        if (
            member.Role != Role.Admin
            && report.ReceivedAt.AddDays(turn.Options.EditDays) < turn.Now
            && report.Review.Status != Reviews.ReviewStatus.NeedsChanges
        )
        {
            turn.Reply(T.EditTooLate(turn.Options.EditDays));
            return;
        }
        if (runner.Find(report.FlowId) is not { } flow)
        {
            turn.Reply(T.ReportNotFound);
            return;
        }
        if (turn.Conversations.Find(turn.Chat.ToString()) is not null)
        {
            turn.Reply(T.FinishOpenDraftFirst);
            return;
        }
        var state = new ConversationState
        {
            Id = turn.Chat.ToString(),
            FlowId = flow.Id,
            StepKey = FlowRunner.ConfirmKey,
            ReportCode = report.Code,
            Answers = new Dictionary<string, string>(report.Answers),
            StartedAt = turn.Now,
        };
        // The place stays the report's own unless someone edits it (steps that do not apply drop it again).
        if (
            flow.Steps.Any(s => s.Key == "village")
            && !state.Answers.ContainsKey("village")
            && report.VillageId.Length > 0
        )
            state.Answers["village"] = report.VillageId;
        runner.Resume(turn, state, flow);
    }
}
