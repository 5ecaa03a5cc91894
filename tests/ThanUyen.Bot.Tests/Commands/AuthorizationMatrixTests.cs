using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Commands;

/// <summary>Every command for every role and place: allowed, or refused politely without revealing anything.</summary>
public sealed class AuthorizationMatrixTests
{
    // Who: M = member of Thẩm Phé (Mường Kim), OK = officer of Mường Kim, OP = officer of Pha Mu, A = admin.
    // Each cell: true = allowed (an answer that is not a refusal), false = refused (T.NotAllowed, or
    // T.MemberNotFound for a person outside the asker's commune).
    public static TheoryData<string, bool, bool, bool, bool> Matrix() =>
        new()
        {
            // command                          M      OK     OP     A
            { "/meeting", true, false, false, true },
            { "/progress", true, false, false, true },
            { "/sale", true, false, false, true },
            { "/my", true, true, true, true },
            { "/remind off", true, true, true, true },
            { "/digest", false, true, true, true },
            { "/digest last", false, true, true, true },
            { "/digest muong kim", false, true, false, true },
            { "/digest pha mu", false, false, true, true },
            { "/digest send muong kim", false, false, false, true },
            { "/export", false, true, true, true },
            { "/export csv muong kim", false, true, false, true },
            { "/export pha mu", false, false, true, true },
            { "/members", false, true, true, true },
            { "/member lan", false, true, false, true },
            { "/subprojects", false, true, true, true },
            { "/models", false, true, true, true },
            { "/model add hang Ngô", false, false, false, true },
            { "/invite member hang", false, false, false, true },
            { "/invites", false, false, false, true },
            { "/revoke ABCDEFGH", false, false, false, true },
            { "/role lan officer pha mu", false, false, false, true },
            { "/remove lan", false, false, false, true },
            { "/subproject add hang road Đường", false, false, false, true },
            { "/broadcast all xin chào", false, false, false, true },
            { "/stats", false, false, false, true },
            { "/audit", false, false, false, true },
            { "/edit BC-0001", true, true, true, true },
            // The web view is for officers and admins (members keep /my); sessions are an admin's to manage.
            { "/web", false, true, true, true },
            { "/web logout", false, true, true, true },
            { "/web sessions", false, false, false, true },
            { "/web end lan", false, false, false, true },
        };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Each_role_and_place_gets_exactly_the_commands_it_should(
        string command,
        bool member,
        bool officerMuongKim,
        bool officerPhaMu,
        bool admin
    )
    {
        using var bot = new TestBot();
        bot.Register(People.Lan, Role.Member, "tham phe");
        bot.Register(People.Hoa, Role.Officer, "muong kim");
        bot.Register(People.Sung, Role.Officer, "pha mu");
        foreach (
            var (person, allowed) in new[]
            {
                (People.Lan, member),
                (People.Hoa, officerMuongKim),
                (People.Sung, officerPhaMu),
                (People.Admin, admin),
            }
        )
        {
            var replies = bot.Say(person, command);
            // Looking up someone outside one's commune answers "not found": a refusal that reveals nothing.
            var refused = replies.Count == 1 && replies[0].Text is T.NotAllowed or T.MemberNotFound;
            Assert.True(
                allowed != refused,
                $"{command} by {person.Name}: expected {(allowed ? "allowed" : "refused")}, got: "
                    + $"{replies.FirstOrDefault()?.Text}"
            );
            bot.Say(person, "/cancel");
        }
    }
}
