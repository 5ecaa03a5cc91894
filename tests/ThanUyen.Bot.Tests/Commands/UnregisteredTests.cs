using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Commands;

public sealed class UnregisteredTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("xin chào")]
    [InlineData("/menu")]
    [InlineData("/invite admin")]
    [InlineData("/cancel")]
    [InlineData("/meeting")]
    [InlineData("/nonsense junk 123")]
    public void An_unregistered_person_gets_the_same_guidance_and_nothing_is_stored(string text)
    {
        var reply = _bot.Say(People.Stranger, text).Single();
        Assert.Equal(T.NotRegistered, reply.Text);
        Assert.Equal(0, _bot.Db.Conversations.Count());
        Assert.Equal(0, _bot.Db.Invitations.Count());
        Assert.Null(_bot.Stores.Members.FindByAddress(People.Stranger.Address));
    }

    [Fact]
    public void An_unregistered_person_can_read_the_help()
    {
        Assert.Equal(T.HelpUnregistered, _bot.Say(People.Stranger, "/help").Single().Text);
    }

    [Fact]
    public void A_photo_or_sticker_from_a_stranger_gets_the_guidance_too()
    {
        Assert.Equal(
            T.NotRegistered,
            _bot.Send(People.Stranger, MessageKind.Photo, m => m with { PhotoFileId = "p1" }).Single().Text
        );
        Assert.Equal(T.NotRegistered, _bot.Send(People.Stranger, MessageKind.Sticker, m => m).Single().Text);
    }
}
