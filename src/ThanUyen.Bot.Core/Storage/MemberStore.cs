using LiteDB;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;

namespace ThanUyen.Bot.Core.Storage;

public sealed class MemberStore(BotDatabase db, DatabaseWriter writer)
{
    public Member? FindByAddress(ChatAddress address) =>
        db.Members.FindOne(BsonExpression.Create("$.Addresses[*] ANY = @0", new BsonValue(address.ToString())));

    public Member? Find(int id) => db.Members.FindById(id);

    /// <summary>Active people, optionally only one role.</summary>
    public List<Member> Active(Role? role = null) =>
        role is { } r
            ? db.Members.Find(m => m.Active && m.Role == r).ToList()
            : db.Members.Find(m => m.Active).ToList();

    public List<Member> All() => db.Members.FindAll().ToList();

    public int Count() => db.Members.Count();

    /// <summary>The active officers of a commune: who gets its digest and reviews its reports.</summary>
    public List<Member> OfficersOf(string communeId) =>
        db.Members.Find(m => m.Active && m.Role == Role.Officer && m.CommuneId == communeId).ToList();

    /// <summary>Active core-group members of a commune's villages.</summary>
    public List<Member> MembersOf(string communeId) =>
        db.Members.Find(m => m.Active && m.Role == Role.Member && m.CommuneId == communeId).ToList();

    /// <summary>"#12", "12", or a name typed loosely; null when nobody or several people match.</summary>
    public Member? FindByNameOrId(string text)
    {
        var t = text.Trim().TrimStart('#');
        if (int.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out var id))
            return db.Members.FindById(id);
        var key = Parsing.TextKey.Of(t);
        if (key.Length == 0)
            return null;
        var all = db.Members.FindAll().ToList();
        var exact = all.Where(m => Parsing.TextKey.Of(m.Name) == key).ToList();
        if (exact.Count == 1)
            return exact[0];
        var partial = all.Where(m => Parsing.TextKey.Of(m.Name).Contains(key, StringComparison.Ordinal)).ToList();
        return exact.Count == 0 && partial.Count == 1 ? partial[0] : null;
    }

    public void Save(Member member)
    {
        writer.EnsureWriting();
        if (member.Id == 0)
            db.Members.Insert(member);
        else
            db.Members.Update(member);
    }

    /// <summary>403 from a platform: stop delivering to this person until they write again.</summary>
    public void MarkUnreachable(ChatAddress address)
    {
        if (FindByAddress(address) is { Unreachable: false } member)
        {
            member.Unreachable = true;
            Save(member);
        }
    }
}
