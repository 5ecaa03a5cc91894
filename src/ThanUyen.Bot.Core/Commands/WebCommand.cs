using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>
/// /web: a one-time sign-in link to the web view (officers and admins; members keep /my: the web view shows
/// communes, which members do not read). /web logout ends one's own sessions; admins list them with
/// /web sessions and end a person's with /web end &lt;người&gt;.
/// </summary>
public sealed class WebCommand(IOptions<WebLinkOptions> options) : ICommand
{
    public string Name => "web";
    public Role? MinimumRole => Role.Officer;
    public string Description => T.WebDescription;

    public void Execute(Turn turn, string args)
    {
        var words = args.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var verb = words.Length == 0 ? "" : TextKey.Of(words[0]);
        var rest = words.Length > 1 ? words[1] : "";
        switch (verb)
        {
            case "":
                Link(turn);
                break;
            case "logout" or "thoat" or "dang xuat":
                turn.Reply(T.WebLoggedOut(turn.Stores.WebSessions.EndAllOf(turn.Member!.Id, turn.Now)));
                break;
            case "sessions" or "phien" when turn.IsAdmin:
                Sessions(turn);
                break;
            case "end" or "ket thuc" or "ketthuc" when turn.IsAdmin:
                End(turn, rest);
                break;
            case "sessions" or "phien" or "end" or "ket thuc" or "ketthuc":
                turn.Reply(T.NotAllowed);
                break;
            default:
                turn.Reply(turn.IsAdmin ? T.WebAdminUsage : T.WebUsage);
                break;
        }
    }

    private void Link(Turn turn)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.PublicBaseUrl))
        {
            turn.Reply(T.WebNoPublicUrl);
            return;
        }
        var secret = turn.Stores.WebSessions.CreateLink(
            turn.Member!,
            turn.Now,
            TimeSpan.FromMinutes(o.SignInLinkMinutes)
        );
        turn.Reply(T.WebLink($"{o.PublicBaseUrl.TrimEnd('/')}/web/login/{secret}", o.SignInLinkMinutes));
        turn.Audit("web.link", $"#{turn.Member!.Id}", "");
    }

    private static void Sessions(Turn turn)
    {
        var open = turn
            .Stores.WebSessions.Open(turn.Now)
            .Select(s => (Session: s, Member: turn.Members.Find(s.MemberId)))
            .Where(x => x.Session.StillFits(x.Member))
            .ToList();
        if (open.Count == 0)
        {
            turn.Reply(T.WebNoSessions);
            return;
        }
        var lines = open.Select(x =>
            T.WebSessionLine(
                x.Member!.Id,
                x.Member.Name,
                $"{turn.Options.ToLocal(x.Session.CreatedAt):dd'/'MM HH':'mm}",
                $"{turn.Options.ToLocal(x.Session.LastSeenAt):dd'/'MM HH':'mm}"
            )
        );
        turn.Reply($"{T.WebSessionsHeader(open.Count)}\n{string.Join('\n', lines)}\n\n{T.WebEndHint}");
    }

    private static void End(Turn turn, string who)
    {
        if (who.Length == 0 || turn.Members.FindByNameOrId(who) is not { } member)
        {
            turn.Reply(T.MemberNotFound);
            return;
        }
        var ended = turn.Stores.WebSessions.EndAllOf(member.Id, turn.Now);
        turn.Audit("web.end", $"#{member.Id}", $"{member.Name}: {ended}");
        turn.Reply(T.WebSessionsEnded(member.Name, ended));
    }
}
