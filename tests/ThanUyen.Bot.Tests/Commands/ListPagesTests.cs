using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Commands;

/// <summary>Long lists a page at a time without buttons (Zalo, console): "tiep" shows the next page.</summary>
public sealed class ListPagesTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void Members_come_ten_a_page_and_tiep_shows_the_next_until_the_last()
    {
        _bot.Writer.Write(() =>
        {
            for (var i = 0; i < 12; i++)
                _bot.Stores.Members.Save(
                    new Member
                    {
                        Name = $"Thành viên {i:00}",
                        Role = Role.Member,
                        VillageId = "pa-khom",
                        CommuneId = "pha-mu",
                        Addresses = [$"zalo:z{i}"],
                    }
                );
        });
        var first = _bot.Say(People.Admin, "/members").Single().Text;
        Assert.Contains("trang 1/2", first);
        Assert.Contains(T.TypeNextPage, first);
        Assert.Equal(10, first.Split('\n').Count(l => l.StartsWith('#')));

        var second = _bot.Say(People.Admin, "tiep").Single().Text;
        Assert.Contains("trang 2/2", second);
        Assert.DoesNotContain(T.TypeNextPage, second);
        Assert.StartsWith(T.NoMorePages, _bot.Say(People.Admin, "tiep").Single().Text);
        Assert.Contains("trang 1/2", _bot.Say(People.Admin, "trang truoc").Single().Text);
    }
}
