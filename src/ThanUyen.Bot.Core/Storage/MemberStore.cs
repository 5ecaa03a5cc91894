using System.Collections.Concurrent;
using LiteDB;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// People and their chat addresses. Who is writing is looked up on every message, so members found by
/// address are kept in memory (written through on save, dropped on a rollback) and handed out as copies.
/// </summary>
public sealed class MemberStore
{
    private readonly BotDatabase _db;
    private readonly DatabaseWriter _writer;
    private readonly ConcurrentDictionary<string, Member> _byAddress = new();
    private readonly ConcurrentDictionary<string, List<Member>> _officers = new();

    public MemberStore(BotDatabase db, DatabaseWriter writer)
    {
        (_db, _writer) = (db, writer);
        db.Rolledback += Forget;
    }

    public Member? FindByAddress(ChatAddress address)
    {
        var key = address.ToString();
        if (!_byAddress.TryGetValue(key, out var member))
        {
            member = _db.Members.FindOne(BsonExpression.Create("$.Addresses[*] ANY = @0", new BsonValue(key)));
            // Strangers are not remembered: anyone can write, and the map must stay the size of the members.
            if (member is not null)
                _byAddress[key] = member;
        }
        return member?.Copy();
    }

    private void Forget()
    {
        _byAddress.Clear();
        _officers.Clear();
    }

    public Member? Find(int id) => _db.Members.FindById(id);

    /// <summary>Active people, optionally only one role.</summary>
    public List<Member> Active(Role? role = null) =>
        role is { } r
            ? _db.Members.Find(m => m.Active && m.Role == r).ToList()
            : _db.Members.Find(m => m.Active).ToList();

    public List<Member> All() => _db.Members.FindAll().ToList();

    public int Count() => _db.Members.Count();

    /// <summary>The active officers of a commune: who gets its digest and reviews its reports.</summary>
    /// <remarks>Asked for every report saved (who reviews it): kept in memory until a member is saved.</remarks>
    public List<Member> OfficersOf(string communeId) =>
        _officers
            .GetOrAdd(
                communeId,
                c => _db.Members.Find(m => m.Active && m.Role == Role.Officer && m.CommuneId == c).ToList()
            )
            .Select(m => m.Copy())
            .ToList();

    /// <summary>Active core-group members of a commune's villages.</summary>
    public List<Member> MembersOf(string communeId) =>
        _db.Members.Find(m => m.Active && m.Role == Role.Member && m.CommuneId == communeId).ToList();

    /// <summary>"#12", "12", or a name typed loosely; null when nobody or several people match.</summary>
    public Member? FindByNameOrId(string text)
    {
        var t = text.Trim().TrimStart('#');
        if (int.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out var id))
            return _db.Members.FindById(id);
        var key = Parsing.TextKey.Of(t);
        if (key.Length == 0)
            return null;
        var all = _db.Members.FindAll().ToList();
        var exact = all.Where(m => Parsing.TextKey.Of(m.Name) == key).ToList();
        if (exact.Count == 1)
            return exact[0];
        var partial = all.Where(m => Parsing.TextKey.Of(m.Name).Contains(key, StringComparison.Ordinal)).ToList();
        return exact.Count == 0 && partial.Count == 1 ? partial[0] : null;
    }

    public void Save(Member member)
    {
        _writer.EnsureWriting();
        var before = member.Id == 0 ? null : _db.Members.FindById(member.Id);
        if (member.Id == 0)
            _db.Members.Insert(member);
        else
            _db.Members.Update(member);
        // Write through: addresses this person had or has now read from the new copy (or from the database).
        foreach (var address in before?.Addresses ?? [])
            _byAddress.TryRemove(address, out _);
        var copy = member.Copy();
        foreach (var address in member.Addresses)
            _byAddress[address] = copy;
        _officers.Clear();
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
