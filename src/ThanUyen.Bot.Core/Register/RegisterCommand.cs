using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Commands;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Register.Import;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Register;

/// <summary>
/// /register: what the register holds · /register template: the spreadsheet to fill in · a filled-in file sent
/// to the bot: checked, then shown and applied on confirm (<see cref="RegisterImportFlow"/>) · /register ho:
/// households members typed in sales, waiting · /register confirm &lt;#|all&gt;: confirm them. Admins.
/// </summary>
public sealed class RegisterCommand(IOptions<RegisterOptions> options) : ICommand
{
    public string Name => "register";
    public IReadOnlyList<string> Aliases => ["sodangky"];
    public Role? MinimumRole => Role.Admin;
    public string Description => T.RegisterDescription;
    public bool TakesDocuments => true;

    public void Execute(Turn turn, string args)
    {
        if (turn.Message.Kind == Chat.MessageKind.Document)
        {
            Import(turn);
            return;
        }
        var words = args.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        switch (words.Count > 0 ? TextKey.Of(words[0]) : "")
        {
            case "template" or "mau" or "tai mau":
                var reply = turn.Reply(T.RegisterTemplateReady);
                reply.DocumentName = $"so-dang-ky-{turn.Today:yyyyMMdd}.xlsx";
                reply.DocumentBytes = RegisterTemplate.Write(turn.Stores);
                turn.Audit("register.template", "register", "");
                break;
            case "ho" or "households":
                Waiting(turn);
                break;
            case "confirm" or "xacnhan" or "xac":
                Confirm(turn, words.Skip(1).ToList());
                break;
            default:
                Summary(turn);
                break;
        }
    }

    private void Import(Turn turn)
    {
        var message = turn.Message;
        var max = options.Value.MaxFileBytes;
        if (message.DocumentSize > max)
        {
            turn.Reply(T.RegisterTooBig(message.DocumentSize.Value, max));
            return;
        }
        if (MediaFiles.Read(turn.Stores, message.DocumentFileId) is not { } bytes)
        {
            turn.Reply(T.RegisterFileNotReceived);
            return;
        }
        var plan = RegisterReader.Read(bytes, turn.Stores, max, turn.Today);
        turn.Audit(
            "register.file",
            message.DocumentName ?? "",
            $"{plan.Errors.Count} lỗi, {plan.Changes.Count} thay đổi"
        );
        if (!plan.Ok || plan.Changes.Count == 0)
        {
            turn.Reply(plan.Ok ? plan.ChangeText() : plan.ErrorText());
            return;
        }
        // A newer file replaces one still waiting for its confirmation; a report half done is not thrown away.
        if (turn.Conversations.Find(turn.Chat.ToString()) is { } open)
        {
            if (open.FlowId != RegisterImportFlow.FlowId)
            {
                turn.Reply(T.RegisterFinishOpenFirst);
                return;
            }
            turn.Conversations.Delete(open.Id);
        }
        turn.StartFlow(
            RegisterImportFlow.FlowId,
            new() { ["file"] = message.DocumentFileId!, ["summary"] = plan.ChangeText() }
        );
    }

    private static void Summary(Turn turn)
    {
        var works = turn.Catalogue.SubProjects().Where(w => !w.Example).ToList();
        var households = turn.Stores.Register.Households();
        turn.Reply(
            T.RegisterSummary(
                works.Count,
                turn.Catalogue.Models().Count(m => m.Active),
                households.Count(h => h.Confirmed),
                households.Count(h => !h.Confirmed),
                turn.Stores.Register.Targets().Count
            )
        );
    }

    private static void Waiting(Turn turn)
    {
        var waiting = turn.Stores.Register.Households().Where(h => !h.Confirmed).ToList();
        turn.Reply(
            waiting.Count == 0
                ? T.RegisterNoneWaiting
                : T.RegisterWaiting(
                    waiting.Select(h => $"#{h.Id} {h.Name} (bản {turn.Catalogue.Village(h.VillageId)?.Name})")
                )
        );
    }

    private static void Confirm(Turn turn, List<string> words)
    {
        var waiting = turn.Stores.Register.Households().Where(h => !h.Confirmed).ToList();
        var all = words.Count > 0 && TextKey.Of(words[0]) is "all" or "tat" or "het";
        var ids = words.Select(w => int.TryParse(w.TrimStart('#'), out var n) ? n : 0).Where(n => n > 0).ToHashSet();
        var chosen = waiting.Where(h => all || ids.Contains(h.Id)).ToList();
        if (chosen.Count == 0)
        {
            turn.Reply(T.RegisterConfirmUsage);
            return;
        }
        foreach (var household in chosen)
        {
            household.Confirmed = true;
            turn.Stores.Register.Save(household);
            turn.Audit("household.confirm", $"#{household.Id}", household.Name);
        }
        turn.Reply(T.RegisterConfirmed(chosen.Select(h => h.Name)));
    }
}
