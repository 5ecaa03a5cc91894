using ThanUyen.Bot.Core.Commands;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Flows;

/// <summary>/invite with no arguments: role, then village or commune, by buttons.</summary>
public sealed class InviteFlow(InvitationIssuer issuer) : IFlow
{
    public const string FlowId = "invite",
        RoleKey = "role",
        PlaceKey = "place";

    public string Id => FlowId;
    public string Title => "✉️ Mời người dùng";
    public IReadOnlyList<string> Commands => [];
    public string Description => T.InviteDescription;
    public bool NeedsConfirm => false;

    public bool IsAllowed(Member member) => member.Role == Role.Admin;

    public IReadOnlyList<Step> Steps { get; } =
    [
        new ChoiceStep(
            RoleKey,
            "Vai trò",
            T.AskInviteRole,
            new Option(nameof(Role.Member), "👩‍🌾 Thành viên nhóm", "thanh vien", "member", "tv"),
            new Option(nameof(Role.Officer), "🏛️ Cán bộ xã", "can bo", "officer", "cb"),
            new Option(nameof(Role.Admin), "🔑 Quản trị viên", "quan tri", "admin")
        ),
        new ChoiceStep(
            PlaceKey,
            "Nơi",
            (_, a) => a.Is(RoleKey, nameof(Role.Member)) ? T.AskInviteVillage : T.AskInviteCommune,
            (turn, a) =>
            {
                var catalogue = turn.Catalogue;
                return a.Is(RoleKey, nameof(Role.Member))
                    ? catalogue.Villages().Select(v => new Option(v.Id, $"🏡 {v.Name}")).ToList()
                    : catalogue.Communes().Select(c => new Option(c.Id, $"🏛️ {c.Name}")).ToList();
            }
        )
        {
            SkipWhen = (_, a) => a.Is(RoleKey, nameof(Role.Admin)),
            DependsOn = [RoleKey],
        },
    ];

    public void Complete(Turn turn, Answers answers, ConversationState state) =>
        issuer.Issue(turn, Enum.Parse<Role>(answers.Text(RoleKey)), answers.Get(PlaceKey));
}
