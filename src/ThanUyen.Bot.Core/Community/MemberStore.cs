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

    public void Save(Member member)
    {
        if (member.Id == 0) db.Members.Insert(member);
        else db.Members.Update(member);
    }
}
