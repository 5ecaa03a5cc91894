using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Flows;

/// <summary>
/// The confirm step of /broadcast: "this reaches N people — send?". Messages go through the outbox at the caps.
/// </summary>
public sealed class BroadcastFlow : IFlow
{
    public const string FlowId = "broadcast";
    public string Id => FlowId;
    public string Title => "📣 Thông báo";
    public IReadOnlyList<string> Commands => [];
    public string Description => T.BroadcastDescription;
    public bool NeedsConfirm => false;

    public bool IsAllowed(Member member) => member.Role == Role.Admin;

    /// <summary>Who a target reaches, or null when the target names nothing.</summary>
    public static List<Member>? Recipients(Turn turn, string target)
    {
        var active = turn.Members.Active().Where(m => !m.Unreachable).ToList();
        var catalogue = turn.Catalogue;
        if (TextKey.Of(target) is "all" or "tat ca" or "moi nguoi")
            return active;
        if (Places.ParseRole(target) is { } role)
            return active.Where(m => m.Role == role).ToList();
        if (catalogue.FindVillage(target) is { } village)
            return active.Where(m => m.VillageId == village.Id).ToList();
        if (catalogue.FindCommune(target) is { } commune)
            return active.Where(m => m.CommuneId == commune.Id).ToList();
        return null;
    }

    public IReadOnlyList<Step> Steps { get; } =
    [
        new ChoiceStep(
            "send",
            "Gửi",
            (turn, a) => T.BroadcastConfirm(Recipients(turn, a.Text("target"))?.Count ?? 0, a.Text("text")),
            (_, _) =>
                [
                    new Option("yes", T.BroadcastSend, "co", "gui", "ok"),
                    new Option("no", T.CancelButton, "khong", "huy"),
                ]
        ),
    ];

    public void Complete(Turn turn, Answers answers, ConversationState state)
    {
        var recipients = Recipients(turn, answers.Text("target")) ?? [];
        var text = answers.Text("text");
        if (!answers.Is("send", "yes") || text.Length == 0 || recipients.Count == 0)
        {
            turn.Reply(T.Cancelled);
            return;
        }
        var broadcast = new Broadcast
        {
            From = turn.Chat.ToString(),
            Target = answers.Text("target"),
            Text = text,
            Recipients = recipients.Count,
            CreatedAt = turn.Now,
        };
        turn.Stores.Broadcasts.Save(broadcast);
        foreach (var member in recipients.Where(m => m.MainAddress.Length > 0))
            turn.Send(ChatAddress.Parse(member.MainAddress), $"📣 {text}", OutboxPriority.Broadcast).BroadcastId =
                broadcast.Id;
        turn.Audit("broadcast", $"#{broadcast.Id}", $"{broadcast.Target} ({recipients.Count}): {T.Clip(text)}");
        turn.Reply(T.BroadcastQueued(broadcast.Id, recipients.Count));
    }
}
