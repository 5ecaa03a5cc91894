using ThanUyen.Bot.Core.Community;

namespace ThanUyen.Bot.Tests.Infra;

/// <summary>Following chats on the fake Zalo server: the bot's next answer, and joining by invitation.</summary>
public static class ZaloChat
{
    /// <summary>Does something and returns the next message <paramref name="reader"/> receives.</summary>
    public static async Task<string> Next(this FakeZaloServer zalo, string reader, Action act)
    {
        var before = zalo.Sent(reader).Count;
        act();
        return (await zalo.WaitForSent(reader, before + 1))[before].Text;
    }

    /// <summary>
    /// The admin invites (<paramref name="invitation"/>: "member huoi bac"), the person sends the code — alone
    /// or after /start — and the admin's "joined" notice is awaited: until it arrives it could pass for the
    /// reply to the admin's next command. Returns the person's welcome.
    /// </summary>
    public static async Task<string> Join(
        this FakeZaloServer zalo,
        string admin,
        string chat,
        string invitation,
        string name = "Lường Thị Mai",
        bool start = false
    )
    {
        var seen = zalo.Sent(admin).Count;
        var invite = await zalo.Next(admin, () => zalo.UserSays(admin, $"/invite {invitation}", "Admin"));
        var code = invite.Split('\n').Select(l => l.Trim()).First(InvitationCodes.LooksLikeCode);
        var welcome = await zalo.Next(chat, () => zalo.UserSays(chat, start ? $"/start {code}" : code, name));
        await zalo.WaitForSent(admin, seen + 2);
        return welcome;
    }
}
