using System.Security.Cryptography;
using System.Text;
using ThanUyen.Bot.Core.Community;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// Sign-in links and sessions of the web view. Secrets are 256 random bits handed out once and stored only
/// as their SHA-256; a link is used on the writer thread, so two browsers racing with one link cannot both win.
/// </summary>
public sealed class WebSessionStore(BotDatabase db, DatabaseWriter writer)
{
    /// <summary>32 random bytes, base64url (43 characters).</summary>
    public static string NewSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>A new sign-in link's secret for this member, valid for <paramref name="lifetime"/>.</summary>
    public string CreateLink(Member member, DateTime nowUtc, TimeSpan lifetime)
    {
        writer.EnsureWriting();
        var secret = NewSecret();
        db.WebLinks.Insert(
            new WebSignInLink
            {
                Id = Hash(secret),
                MemberId = member.Id,
                CreatedAt = nowUtc,
                ExpiresAt = nowUtc + lifetime,
            }
        );
        return secret;
    }

    /// <summary>What a link is now, without using it (the page that asks to press "sign in").</summary>
    public (WebLinkState State, WebSignInLink? Link) CheckLink(string secret, DateTime nowUtc)
    {
        if (secret.Length is < 20 or > 100)
            return (WebLinkState.Unknown, null);
        var link = db.WebLinks.FindById(Hash(secret));
        return link switch
        {
            null => (WebLinkState.Unknown, null),
            { UsedAt: not null } => (WebLinkState.Used, link),
            _ when link.ExpiresAt <= nowUtc => (WebLinkState.Expired, link),
            _ => (WebLinkState.Valid, link),
        };
    }

    /// <summary>Uses a link once: Valid the first time, Used after.</summary>
    public (WebLinkState State, WebSignInLink? Link) UseLink(string secret, DateTime nowUtc)
    {
        writer.EnsureWriting();
        var (state, link) = CheckLink(secret, nowUtc);
        if (state == WebLinkState.Valid)
        {
            link!.UsedAt = nowUtc;
            db.WebLinks.Update(link);
        }
        return (state, link);
    }

    /// <summary>Opens a session and returns the secret for the cookie (never stored).</summary>
    public string Start(Member member, DateTime nowUtc, TimeSpan lifetime)
    {
        writer.EnsureWriting();
        var secret = NewSecret();
        db.WebSessions.Insert(
            new WebSession
            {
                SecretHash = Hash(secret),
                MemberId = member.Id,
                Role = member.Role,
                CommuneId = member.CommuneId,
                CreatedAt = nowUtc,
                LastSeenAt = nowUtc,
                ExpiresAt = nowUtc + lifetime,
            }
        );
        return secret;
    }

    /// <summary>The open session a cookie's secret names, or null.</summary>
    public WebSession? FindOpen(string secret, DateTime nowUtc)
    {
        if (secret.Length is < 20 or > 100)
            return null;
        var hash = Hash(secret);
        return db.WebSessions.FindOne(s => s.SecretHash == hash) is { } session && session.IsOpen(nowUtc)
            ? session
            : null;
    }

    public WebSession? Find(int id) => db.WebSessions.FindById(id);

    /// <summary>Slides the expiry: a session used within <paramref name="lifetime"/> stays open.</summary>
    /// <returns>The new expiry, or null when the session was ended meanwhile (it stays ended).</returns>
    public DateTime? Renew(WebSession session, DateTime nowUtc, TimeSpan lifetime)
    {
        writer.EnsureWriting();
        // Read again on the writer: the copy the request holds may predate an admin ending the session.
        if (db.WebSessions.FindById(session.Id) is not { } current || !current.IsOpen(nowUtc))
            return null;
        current.LastSeenAt = nowUtc;
        current.ExpiresAt = nowUtc + lifetime;
        db.WebSessions.Update(current);
        return current.ExpiresAt;
    }

    public void End(WebSession session, DateTime nowUtc)
    {
        writer.EnsureWriting();
        session.EndedAt ??= nowUtc;
        db.WebSessions.Update(session);
    }

    /// <summary>Ends every open session of a person; returns how many.</summary>
    public int EndAllOf(int memberId, DateTime nowUtc)
    {
        writer.EnsureWriting();
        var open = db.WebSessions.Find(s => s.MemberId == memberId && s.EndedAt == null).ToList();
        foreach (var session in open)
            End(session, nowUtc);
        return open.Count(s => s.ExpiresAt > nowUtc);
    }

    /// <summary>Sessions not ended nor expired, newest first (their members may no longer fit: check).</summary>
    public List<WebSession> Open(DateTime nowUtc) =>
        db
            .WebSessions.Find(s => s.EndedAt == null && s.ExpiresAt > nowUtc)
            .OrderByDescending(s => s.LastSeenAt)
            .ToList();
}
