using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reviews;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reviews;

/// <summary>
/// The review tests' village: Lan (member, Thẩm Phé, Mường Kim), Chua (member, Pá Khôm, Pha Mu), Hoa (officer,
/// Mường Kim), Sung (officer, Pha Mu), and the admin; a mailbox to read what each was sent.
/// </summary>
public sealed class ReviewTestBot : IDisposable
{
    public TestBot Bot { get; }
    public Mailbox Mail { get; }

    public ReviewTestBot(TestBot? bot = null)
    {
        Bot = bot ?? new TestBot();
        Mail = new Mailbox(Bot);
        Bot.Register(People.Lan, Role.Member, "tham phe");
        Bot.Register(People.Chua, Role.Member, "pa khom");
        Bot.Register(People.Hoa, Role.Officer, "muong kim");
        Bot.Register(People.Sung, Role.Officer, "pha mu");
        foreach (var person in new[] { People.Lan, People.Chua, People.Hoa, People.Sung, People.Admin })
            Mail.Skip(person);
    }

    /// <summary>Cattle at 12 million each, today, by chat, a minute after the last: saved and announced.</summary>
    public void FileSale(Person who, string quantity = "2 con")
    {
        Bot.Clock.Advance(TimeSpan.FromMinutes(1)); // one conversation a minute: each is a report of its own
        foreach (var answer in new[] { "/sale", "bo", quantity, "1", "12tr", "1", "hom nay", "bo qua", "luu" })
            Bot.Say(who, answer);
        Mail.Skip(who);
    }

    /// <summary>Says something as the person; their replies are returned and count as read.</summary>
    public List<Core.Chat.OutgoingMessage> Say(Person who, string text) => Read(who, Bot.Say(who, text));

    public List<Core.Chat.OutgoingMessage> Press(Person who, string data) => Read(who, Bot.Press(who, data));

    private List<Core.Chat.OutgoingMessage> Read(Person who, List<Core.Chat.OutgoingMessage> replies)
    {
        Mail.Skip(who);
        return replies;
    }

    public Report Report(string code) => Bot.Stores.Reports.Find(code)!;

    public ReviewStatus Status(string code) => Report(code).Review.Status;

    public void Dispose() => Bot.Dispose();
}
