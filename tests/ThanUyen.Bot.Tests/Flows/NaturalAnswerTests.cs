using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Flows;

/// <summary>
/// Issue 15, one row per input people typed: where in a flow (the question), what they typed, and what the bot
/// stored ("key=value"; "" is a skipped answer), which question it is at ("step=…"), that the report was saved,
/// or a piece of its reply ("reply~…"). Parts are joined with " | ".
/// </summary>
public sealed class NaturalAnswerTests
{
    private static readonly Dictionary<string, (Person Who, string[] Inputs)> At = new()
    {
        ["sale.quantity"] = (People.Chua, ["/sale", "trau"]),
        ["sale.price"] = (People.Chua, ["/sale", "trau", "2"]),
        ["sale.total"] = (People.Chua, ["/sale", "trau", "2", "tong"]),
        ["sale.buyer"] = (People.Chua, ["/sale", "trau", "2", "tong", "30tr"]),
        ["sale.date"] = (People.Chua, ["/sale", "trau", "2", "tong", "30tr", "1"]),
        ["sale.household"] = (People.Chua, ["/sale", "trau", "2", "tong", "30tr", "1", "hom nay"]),
        ["sale.confirm"] = (People.Chua, ["/sale", "trau", "2", "tong", "30tr", "1", "hom nay", "-"]),
        ["sale.village"] = (People.Admin, ["/sale", "trau"]),
        ["meeting.topic"] = (People.Chua, ["/meeting", "1"]),
        ["meeting.participants"] = (People.Chua, ["/meeting", "1", "1", "hom qua"]),
        ["meeting.women"] = (People.Chua, ["/meeting", "1", "1", "hom qua", "25"]),
        ["meeting.outcome"] = (People.Chua, ["/meeting", "1", "1", "hom qua", "25", "14", "-", "-"]),
        ["meeting.photos"] = (People.Chua, ["/meeting", "1", "1", "hom qua", "25", "14", "-", "-", "Họp tốt"]),
        ["meeting.fields"] = (People.Chua, ["/meeting", "1", "1", "hom qua", "25", "14", "-", "-", "Tốt", "-", "2"]),
        ["progress.percent"] = (People.Chua, ["/progress", "1"]),
        ["progress.status"] = (People.Chua, ["/progress", "1", "40"]),
        ["progress.cash"] = (People.Chua, ["/progress", "1", "40", "1", "10"]),
    };

    [Theory]
    // Money at "per unit or total?": the amount is kept; the basis is read from the words, else asked.
    [InlineData("sale.price", "30 trieu dong", "amount=30000000 | step=price_kind | reply~30.000.000 ₫ là giá mỗi")]
    [InlineData("sale.price", "30 triệu đồng", "amount=30000000 | step=price_kind")]
    [InlineData("sale.price", "30 trieu ca hai", "amount=30000000 | price_kind=total | step=buyer")]
    [InlineData("sale.price", "30tr ca 2 con", "amount=30000000 | price_kind=total")]
    [InlineData("sale.price", "15tr/con", "amount=15000000 | price_kind=unit")]
    [InlineData("sale.price", "15 trieu 1 con", "amount=15000000 | price_kind=unit")]
    [InlineData("sale.price", "ba muoi trieu", "amount=30000000 | step=price_kind")]
    [InlineData("sale.price", "moi con", "price_kind=unit | step=amount")]
    [InlineData("sale.price", "tong", "price_kind=total | step=amount")]
    [InlineData("sale.price", "2", "price_kind=total | step=amount")]
    // Money at the amount question.
    [InlineData("sale.total", "85 ngan", "amount=85000")]
    [InlineData("sale.total", "85 nghìn", "amount=85000")]
    [InlineData("sale.total", "1 trieu rưỡi", "amount=1500000")]
    [InlineData("sale.total", "30tr ca 2 con", "amount=30000000 | price_kind=total")]
    [InlineData("sale.total", "15tr/con", "amount=15000000 | price_kind=unit")]
    [InlineData("sale.total", "12", "step=amount | reply~quá ít")]
    // What people put in: nothing is 0 đồng, "bỏ qua" is not knowing.
    [InlineData("progress.cash", "0", "cash=0")]
    [InlineData("progress.cash", "khong", "cash=0")]
    [InlineData("progress.cash", "ko", "cash=0")]
    [InlineData("progress.cash", "bo qua", "cash=")]
    [InlineData("progress.cash", "2tr", "cash=2000000")]
    // Percent.
    [InlineData("progress.percent", "40%", "percent=40")]
    [InlineData("progress.percent", "40 %", "percent=40")]
    [InlineData("progress.percent", "duoc 40% roi", "percent=40")]
    [InlineData("progress.percent", "bon muoi phan tram", "percent=40")]
    [InlineData("progress.percent", "xong", "percent=100")]
    // Quantities and counts.
    [InlineData("sale.quantity", "2con", "quantity=2 con")]
    [InlineData("sale.quantity", "hai con", "quantity=2 con")]
    [InlineData("sale.quantity", "2 con trau", "quantity=2 con")]
    [InlineData("sale.quantity", "2 con bo", "step=quantity | reply~Chưa đọc được số lượng")]
    [InlineData("meeting.participants", "25 nguoi", "participants=25 | step=women")]
    [InlineData("meeting.participants", "hai muoi lam", "participants=25 | step=women")]
    [InlineData("meeting.participants", "25 nguoi, 14 nu", "participants=25 | women=14 | step=mong")]
    [InlineData("meeting.participants", "25 nguoi 30 nu", "step=participants | reply~Không thể nhiều hơn")]
    [InlineData("meeting.women", "14 nu", "women=14")]
    // Confirm words.
    [InlineData("sale.confirm", "dung roi", "saved")]
    [InlineData("sale.confirm", "đúng", "saved")]
    [InlineData("sale.confirm", "ok", "saved")]
    [InlineData("sale.confirm", "u", "saved")]
    [InlineData("sale.confirm", "uh", "saved")]
    [InlineData("sale.confirm", "vang", "saved")]
    [InlineData("sale.confirm", "co", "saved")]
    [InlineData("sale.confirm", "sai", "step=~edit")]
    [InlineData("sale.confirm", "chua dung", "step=~edit")]
    [InlineData("sale.confirm", "sua", "step=~edit")]
    [InlineData("sale.confirm", "khong", "step=~edit")]
    [InlineData("sale.confirm", "huy", "reply~Đã hủy")]
    // Choices: loosely typed names, numbers, "did you mean …?".
    [InlineData("sale.buyer", "thuong lay", "buyer=trader")]
    [InlineData("sale.buyer", "thuong lai", "buyer=trader")]
    [InlineData("sale.buyer", "2", "buyer=coop")]
    [InlineData("sale.buyer", "xyz abc", "step=buyer | reply~hoặc gõ tên")]
    [InlineData("sale.village", "pakhom", "village=pa-khom")]
    [InlineData("sale.village", "tham pe", "village=tham-phe")]
    [InlineData("progress.status", "hoi cham", "status=delayed")]
    [InlineData("meeting.topic", "trong", "step=topic | reply~Ý bạn là")]
    [InlineData("meeting.fields", "ket qua", "step=outcome")]
    // Dates: numbered buttons, typed days; the future is refused and said.
    [InlineData("sale.date", "2", "date=2026-11-24")]
    [InlineData("sale.date", "homqua", "date=2026-11-24")]
    [InlineData("sale.date", "hom qua", "date=2026-11-24")]
    [InlineData("sale.date", "mai", "step=date | reply~ngày bán không thể ở tương lai")]
    [InlineData("sale.date", "2/12", "step=date | reply~Ngày 02/12/2026 ở tương lai")]
    // One set of skip words for every optional question; a required one never stores them.
    [InlineData("sale.household", "bo qua", "household=")]
    [InlineData("sale.household", "ko", "household=")]
    [InlineData("sale.household", "khong", "household=")]
    [InlineData("sale.household", "ko co", "household=")]
    [InlineData("sale.household", "-", "household=")]
    [InlineData("sale.household", "1", "household=#3")] // the village's first household (Pá Khôm's demo household)
    [InlineData("sale.household", "2", "household=")] // after the list: ⏭️ Bỏ qua
    [InlineData("meeting.photos", "khong co anh", "photos=")]
    [InlineData("meeting.outcome", "ko", "step=outcome | reply~không bỏ qua được")]
    [InlineData("meeting.outcome", "khong co", "step=outcome | reply~không bỏ qua được")]
    public void An_answer_as_people_type_it_is_understood(string at, string input, string expected)
    {
        using var bot = new TestBot();
        bot.Register(People.Chua, Role.Member, "pa khom");
        var (who, inputs) = At[at];
        foreach (var answer in inputs)
            bot.Say(who, answer);
        var replies = bot.Say(who, input);
        Check(bot, who, replies, expected);
    }

    [Fact]
    public void A_long_text_is_kept_up_to_the_limit_and_the_cut_is_said()
    {
        using var bot = new TestBot();
        bot.Register(People.Chua, Role.Member, "pa khom");
        foreach (var answer in At["meeting.outcome"].Inputs)
            bot.Say(People.Chua, answer);
        var text = string.Concat(Enumerable.Repeat("Bà con thống nhất. ", 60)) + "PHẦN CUỐI";
        var replies = bot.Say(People.Chua, text);
        Assert.Equal(1000, bot.Db.Conversations.FindAll().Single().Answers["outcome"].Length);
        Assert.Contains("✂️", replies.Single().Text);
        Assert.Contains("PHẦN CUỐI", replies.Single().Text);
    }

    [Fact]
    public void A_day_ahead_typed_at_the_end_of_a_month_is_refused_not_moved_to_last_year()
    {
        using var bot = new TestBot(start: new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        bot.Register(People.Chua, Role.Member, "pa khom");
        foreach (var answer in At["sale.date"].Inputs)
            bot.Say(People.Chua, answer);
        Assert.StartsWith("📅 Ngày 02/12/2026 ở tương lai", bot.Say(People.Chua, "2/12")[0].Text);
        bot.Say(People.Chua, "1/12");
        Assert.Equal("2026-12-01", bot.Db.Conversations.FindAll().Single().Answers["date"]);
    }

    private static void Check(TestBot bot, Person who, List<OutgoingMessage> replies, string expected)
    {
        var said = string.Join("\n", replies.Select(r => r.Text));
        foreach (var part in expected.Split(" | "))
        {
            if (part == "saved")
            {
                Assert.Equal(1, bot.Db.Reports.Count());
                continue;
            }
            if (part.StartsWith("reply~", StringComparison.Ordinal))
            {
                Assert.Contains(part["reply~".Length..], said);
                continue;
            }
            var (key, value) = (part[..part.IndexOf('=')], part[(part.IndexOf('=') + 1)..]);
            var state = bot.Db.Conversations.FindById(who.Address.ToString());
            Assert.True(state is not null, $"no open report; the bot said: {said}");
            var got = key == "step" ? state.StepKey : state.Answers.GetValueOrDefault(key);
            Assert.True(got == value, $"{key}: expected '{value}', got '{got}'; the bot said: {said}");
        }
    }
}
