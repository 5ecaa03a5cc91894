using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Register.Import;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Register;

/// <summary>
/// After a register file passed every check: shows what it adds and changes, and applies it on "✅ Nhập".
/// The file is read again then (the register may have changed meanwhile) and applied in one transaction with
/// its audit lines. Started by <see cref="RegisterCommand"/> when a file arrives, never by a command.
/// </summary>
public sealed class RegisterImportFlow(Microsoft.Extensions.Options.IOptions<RegisterOptions> options) : IFlow
{
    public const string FlowId = "register-import";
    public string Id => FlowId;
    public string Title => T.RegisterImportTitle;
    public IReadOnlyList<string> Commands => [];
    public string Description => T.RegisterImportTitle;
    public bool NeedsConfirm => false;

    public bool IsAllowed(Member member) => member.Role == Role.Admin;

    public IReadOnlyList<Step> Steps { get; } =
    [
        new ChoiceStep(
            "apply",
            T.RegisterImportTitle,
            (_, a) => $"{a.Text("summary")}\n\n{T.RegisterApplyQuestion}",
            (_, _) =>
                [
                    new Option("apply", T.RegisterApply, "nhap", "co", "ok", "dong y", "luu"),
                    new Option("cancel", T.CancelButton, "huy", "khong", "thoi"),
                ]
        ),
    ];

    public void Complete(Turn turn, Answers answers, ConversationState state)
    {
        if (!answers.Is("apply", "apply"))
        {
            turn.Reply(T.RegisterImportCancelled);
            return;
        }
        if (MediaFiles.Read(turn.Stores, answers.Get("file")) is not { } bytes)
        {
            turn.Reply(T.RegisterFileGone);
            return;
        }
        var plan = RegisterReader.Read(bytes, turn.Stores, options.Value.MaxFileBytes, turn.Today);
        if (!plan.Ok)
        {
            turn.Reply(plan.ErrorText());
            return;
        }
        plan.Apply(turn.Stores, turn.Member, turn.Now);
        turn.Reply(T.RegisterImported(plan.Changes.Count(c => c.Added), plan.Changes.Count(c => !c.Added)));
    }
}
