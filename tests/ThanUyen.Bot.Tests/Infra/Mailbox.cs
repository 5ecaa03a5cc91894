using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Tests.Infra;

/// <summary>
/// What the bot sent each person, read from the outbox in order: what one person's message causes in another's
/// chat (a review card, a comment) is not in <see cref="TestBot.Say"/>'s replies.
/// </summary>
public sealed class Mailbox(TestBot bot)
{
    private readonly Dictionary<string, int> _read = [];

    public List<OutgoingMessage> All(Person person) =>
        bot.Db.Outbox.Find(m => m.Chat == person.Address.ToString()).OrderBy(m => m.Id).ToList();

    /// <summary>Messages to the person since the last time this was asked.</summary>
    public List<OutgoingMessage> New(Person person)
    {
        var key = person.Address.ToString();
        var after = _read.GetValueOrDefault(key);
        var messages = All(person).Where(m => m.Id > after).ToList();
        if (messages.Count > 0)
            _read[key] = messages[^1].Id;
        return messages;
    }

    /// <summary>Marks everything so far as read.</summary>
    public void Skip(Person person) => New(person);

    /// <summary>The one new message to the person (fails when there are none or several).</summary>
    public OutgoingMessage One(Person person)
    {
        var messages = New(person);
        Assert.True(
            messages.Count == 1,
            $"{messages.Count} messages to {person.Name}:\n" + string.Join("\n---\n", messages.Select(m => m.Text))
        );
        return messages[0];
    }
}
