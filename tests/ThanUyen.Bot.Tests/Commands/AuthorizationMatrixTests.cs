using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Commands;

/// <summary>Every command for every role and place: allowed, or refused politely without revealing anything.</summary>
public sealed class AuthorizationMatrixTests
{
    // Who: M = member of Thẩm Phé (Mường Kim), OK = officer of Mường Kim, OP = officer of Pha Mu, A = admin.
    // Each cell: true = allowed (an answer that is not a refusal), false = refused (T.NotAllowed, or
    // T.MemberNotFound / T.SubProjectNotFound for a person or a work outside the asker's commune).
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
            { "/export zip", false, true, true, true },
            // Recording spoken questions is an admin's; hearing them is everyone's own setting.
            { "/voiceprompt", false, false, false, true },
            { "/ghiam", false, false, false, true },
            { "/amthanh bat", true, true, true, true },
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
            { "/review", false, true, true, true },
            { "/review mode daily", false, true, true, true },
            // The register, progress against targets, the period report.
            { "/project", false, true, true, true },
            { "/tongquan", false, true, true, true },
            { "/project muong kim", false, true, false, true },
            { "/project pha mu", false, false, true, true },
            { "/subproject 1", false, true, false, true }, // #1 is in Thẩm Phé, Mường Kim
            { "/subproject 3", false, false, true, true }, // #3 is in Huổi Bắc, Pha Mu
            { "/subproject close 1", false, false, false, true },
            { "/subproject finish 2", false, false, false, true },
            { "/report quarter 2026-Q3", false, true, true, true },
            { "/report year 2026 muong kim", false, true, false, true },
            { "/report from 1/10 to 31/12 pha mu", false, false, true, true },
            { "/register", false, false, false, true },
            { "/register template", false, false, false, true },
            { "/register ho", false, false, false, true },
            { "/target", false, false, false, true },
            { "/target hop 80", false, false, false, true },
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
            // Looking up someone outside one's commune answers "not found": a refusal that reveals nothing; naming
            // another commune says which one the officer may see.
            var refused =
                replies.Count == 1
                && (
                    replies[0].Text is T.MemberNotFound or T.SubProjectNotFound
                    || replies[0].Text.StartsWith("🔒", StringComparison.Ordinal)
                );
            Assert.True(
                allowed != refused,
                $"{command} by {person.Name}: expected {(allowed ? "allowed" : "refused")}, got: "
                    + $"{replies.FirstOrDefault()?.Text}"
            );
            bot.Say(person, "/cancel");
        }
    }

    // Reviews, with a report of each commune: BC-0001 by Lan (Mường Kim), BC-0002 by Chua (Pha Mu). Another
    // commune's report reads as not found. Presses run in the order M, OK, OP, A on one database: a decision
    // already taken answers with who took it, which is not a refusal.
    public static TheoryData<string, bool, bool, bool, bool> ReviewMatrix() =>
        new()
        {
            // command or button                M      OK     OP     A
            { "/review BC-0001", false, true, false, true },
            { "/review BC-0002", false, false, true, true },
            { "button r:BC-0001:0:ok", false, true, false, true },
            { "button r:BC-0001:0:fix", false, true, false, true },
            { "button r:BC-0001:0:no", false, true, false, true },
            { "button r:BC-0001:0:later", false, true, false, true },
            { "button r:BC-0002:0:ok", false, false, true, true },
            { "button r:BC-0002:0:later:w", false, false, true, true },
            { "button e:BC-0001", true, false, false, true },
            // Seeing a report with its photos and voice notes: one's own, one's commune, admins all.
            { "/view BC-0001", true, true, false, true },
            { "/view BC-0002", false, false, true, true },
            { "/xem BC-0002", false, false, true, true },
            { "button v:BC-0001", true, true, false, true },
            { "button v:BC-0002", false, false, true, true },
        };

    [Theory]
    [MemberData(nameof(ReviewMatrix))]
    public void Each_role_and_place_reviews_exactly_the_reports_it_should(
        string command,
        bool member,
        bool officerMuongKim,
        bool officerPhaMu,
        bool admin
    )
    {
        using var bot = new TestBot();
        bot.Register(People.Lan, Role.Member, "tham phe");
        bot.Register(People.Chua, Role.Member, "pa khom");
        bot.Register(People.Hoa, Role.Officer, "muong kim");
        bot.Register(People.Sung, Role.Officer, "pha mu");
        foreach (var (who, answers) in new[] { (People.Lan, "2 con"), (People.Chua, "3 con") })
        {
            foreach (var answer in new[] { "/sale", "bo", answers, "1", "12tr", "1", "hom nay", "bo qua", "luu" })
                bot.Say(who, answer);
            bot.Clock.Advance(TimeSpan.FromMinutes(1));
        }
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
            var replies = command.StartsWith("button ", StringComparison.Ordinal)
                ? bot.Press(person, command["button ".Length..])
                : bot.Say(person, command);
            var first = replies.FirstOrDefault()?.Text;
            var refused =
                first is T.NotAllowed or T.ReportNotFound
                || first == T.ReviewNotFound("BC-0001")
                || first == T.ReviewNotFound("BC-0002");
            Assert.True(
                allowed != refused,
                $"{command} by {person.Name}: expected {(allowed ? "allowed" : "refused")}, got: {first}"
            );
            bot.Say(person, "/cancel");
        }
    }
}
