using LiteDB;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Community;

public sealed class MemberStore(BotDatabase db)
{
    public Member? FindByAddress(ChatAddress address) =>
        db.Members.FindOne(BsonExpression.Create("$.Addresses[*] ANY = @0", new BsonValue(address.ToString())));

    public Member? Find(int id) => db.Members.FindById(id);

    public List<Member> Active() => db.Members.Find(m => m.Active).ToList();

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
        if (member.Id == 0)
            db.Members.Insert(member);
        else
            db.Members.Update(member);
    }
}
