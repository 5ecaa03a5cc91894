using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports.Kinds.Sale;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Register;

/// <summary>A sale names its household from the village's list, or a new name an admin then confirms.</summary>
public sealed class HouseholdStepTests : IDisposable
{
    private readonly TestBot _bot = new();

    public HouseholdStepTests() => _bot.Register(People.Chua, Role.Member, "pa khom");

    public void Dispose() => _bot.Dispose();

    private Core.Chat.OutgoingMessage SellUpToHousehold()
    {
        List<Core.Chat.OutgoingMessage> replies = [];
        foreach (var answer in new[] { "/sale", "bo", "2", "tong", "30tr", "thuong lai", "hom nay" })
            replies = _bot.Say(People.Chua, answer);
        return replies.Last();
    }

    [Fact]
    public void A_member_picks_the_household_from_the_villages_list()
    {
        var question = SellUpToHousehold();
        Assert.Equal(T.AskHousehold, question.Text);
        Assert.Equal(["🏠 (Ví dụ) Giàng A Pó", T.Skip], question.Choices.Select(c => c.Label));
        _bot.Press(People.Chua, question.Choices[0].Data);
        _bot.Say(People.Chua, "luu");
        var sale = _bot.Db.Reports.FindAll().Single().FactsAs<SaleFacts>()!;
        var household = _bot.Db.Households.FindOne(h => h.Name == "(Ví dụ) Giàng A Pó");
        Assert.Equal(("(Ví dụ) Giàng A Pó", household.Id), (sale.Household, sale.HouseholdId));
    }

    [Fact]
    public void A_typed_new_name_adds_a_household_an_admin_confirms()
    {
        SellUpToHousehold();
        var confirm = _bot.Say(People.Chua, "Vàng A Sình").Single();
        Assert.Contains("• Hộ bán: Vàng A Sình (hộ mới, chờ xác nhận)", confirm.Text);
        _bot.Say(People.Chua, "luu");
        var added = _bot.Db.Households.FindOne(h => h.Name == "Vàng A Sình");
        Assert.Equal(("pa-khom", false), (added.VillageId, added.Confirmed));
        Assert.Equal(added.Id, _bot.Db.Reports.FindAll().Single().FactsAs<SaleFacts>()!.HouseholdId);

        Assert.Contains($"#{added.Id} Vàng A Sình (bản Pá Khôm)", _bot.Say(People.Admin, "/register ho").Single().Text);
        Assert.Contains("1 hộ chờ xác nhận", _bot.Say(People.Admin, "/register").Single().Text.Replace("thêm ", ""));
        Assert.Equal(
            T.RegisterConfirmed(["Vàng A Sình"]),
            _bot.Say(People.Admin, $"/register confirm #{added.Id}").Single().Text
        );
        Assert.True(_bot.Db.Households.FindById(added.Id).Confirmed);

        // The next sale finds the name in the list, typed loosely: no second household.
        SellUpToHousehold();
        _bot.Say(People.Chua, "vang a sinh");
        _bot.Say(People.Chua, "luu");
        Assert.Equal(1, _bot.Db.Households.Count(h => h.Name == "Vàng A Sình"));
    }
}
