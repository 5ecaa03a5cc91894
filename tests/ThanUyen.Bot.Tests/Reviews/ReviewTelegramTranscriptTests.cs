using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Reviews;
using ThanUyen.Bot.Tests.Infra;
using Xunit.Abstractions;

namespace ThanUyen.Bot.Tests.Reviews;

/// <summary>
/// Send back → fix → approve where chats have buttons (as on Telegram), written out as the people read it
/// (run with --logger "console;verbosity=detailed" to see it).
/// </summary>
public sealed class ReviewTelegramTranscriptTests(ITestOutputHelper output) : IDisposable
{
    private readonly TestBot _bot = new(configure: s =>
        s.AddSingleton(
            new ChannelCapabilities("telegram")
            {
                Buttons = true,
                PhotoUploads = true,
                Audio = true,
            }
        )
    );
    private readonly StringBuilder _transcript = new();
    private ReviewTestBot? _r;
    private int _seen;

    private ReviewTestBot R => _r ??= new ReviewTestBot(_bot);

    public void Dispose()
    {
        output.WriteLine(_transcript.ToString());
        R.Dispose();
    }

    private static string Name(string chat) =>
        new[] { People.Lan, People.Hoa, People.Admin, People.Chua, People.Sung }
            .FirstOrDefault(p => p.Address.ToString() == chat)
            ?.Name
        ?? chat;

    /// <summary>Does something as a person and writes it down with everything the bot sent because of it.</summary>
    private List<OutgoingMessage> Act(Person who, string shown, Func<List<OutgoingMessage>> act)
    {
        _transcript.Append(System.Globalization.CultureInfo.InvariantCulture, $"👤 {who.Name}: {shown}\n");
        var replies = act();
        var sent = _bot.Db.Outbox.Find(m => m.Id > _seen).OrderBy(m => m.Id).ToList();
        foreach (var m in sent)
        {
            _transcript.Append(
                System.Globalization.CultureInfo.InvariantCulture,
                $"   🤖 → {Name(m.Chat)}: {m.Text.Replace("\n", "\n      ", StringComparison.Ordinal)}\n"
            );
            if (m.Choices.Count > 0)
                _transcript.Append(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"      [{string.Join("] [", m.Choices.Select(c => c.Label))}]\n"
                );
        }
        _seen = sent.LastOrDefault()?.Id ?? _seen;
        R.Mail.Skip(People.Lan);
        R.Mail.Skip(People.Hoa);
        return replies;
    }

    private List<OutgoingMessage> Say(Person who, string text) => Act(who, text, () => _bot.Say(who, text));

    private List<OutgoingMessage> Press(Person who, OutgoingMessage on, string label) =>
        Act(who, $"(bấm) {label}", () => _bot.Press(who, on.Choices.Single(c => c.Label == label).Data));

    [Fact]
    public void Send_back_fix_and_approve_reads_as_a_conversation_of_a_few_taps()
    {
        var r = R;
        _seen = _bot.Db.Outbox.FindAll().Max(m => m.Id);
        foreach (var answer in new[] { "/sale", "bo", "3 con", "1", "12tr", "1", "hom nay", "bo qua" })
            _bot.Say(People.Lan, answer);
        _seen = _bot.Db.Outbox.FindAll().Max(m => m.Id);
        _transcript.Append("(Lò Thị Lan đã trả lời các câu hỏi bán bò; bản tóm tắt đang chờ lưu)\n");
        var confirm = _bot.Db.Outbox.FindById(_seen);

        Press(People.Lan, confirm, "✅ Lưu");
        var card = r.Mail.All(People.Hoa).Last();
        Press(People.Hoa, card, "↩️ Cần sửa");
        Say(People.Hoa, "Bản chỉ bán 2 con, bạn sửa lại số lượng nhé.");
        var notice = r.Mail.All(People.Lan).Last();
        Assert.Equal("e:BC-0001", notice.Choices.Single().Data);

        var reopened = Press(People.Lan, notice, "✏️ Sửa BC-0001").Single();
        var fields = Press(People.Lan, reopened, "✏️ Sửa").Single();
        var ask = Press(People.Lan, fields, "Số lượng").Single();
        Assert.StartsWith("⚖️", ask.Text);
        var back = Say(People.Lan, "2 con").Single();
        Press(People.Lan, back, "✅ Lưu");
        var again = r.Mail.All(People.Hoa).Last();
        Press(People.Hoa, again, "✅ Duyệt");

        Assert.Equal(ReviewStatus.Approved, r.Status("BC-0001"));
        Assert.Equal(24_000_000m, r.Report("BC-0001").FactsAs<Core.Reports.Kinds.Sale.SaleFacts>()!.Total);
        Assert.Contains("✏️ Lò Thị Lan đã sửa BC-0001 theo nhận xét của bạn.", _transcript.ToString());
    }
}
