using ThanUyen.Bot.Core.Register.Import;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>A register file sent on Telegram: the host fetches it (getFile, then the file URL) for the core.</summary>
public sealed class TelegramDocumentTests
{
    [Fact]
    public async Task An_admin_sends_the_filled_register_on_Telegram_and_is_shown_what_it_will_change()
    {
        using var folder = new TempFolder();
        await using var api = await FakeBotApiServer.StartAsync();
        await using var host = await BotHost.StartAsync(api, folder.File("bot.db"));
        var file = SentFiles.Edit(
            RegisterTemplate.Write(host.Stores),
            book =>
                book.Worksheet(RegisterSheets.Works)
                    .Row(3, "", "Hàng", "Công trình nước sinh hoạt", "Bể nước bản Hàng", 35, "hộ")
        );

        api.UserSendsDocument(BotHost.AdminChat, "BQACAgIAAxkBAAIB", "so-dang-ky.xlsx", file);

        var shown = (await api.WaitForSent(BotHost.AdminChat, 1)).Single();
        Assert.Contains("➕ Công trình: Bể nước bản Hàng (bản Hàng)", shown.Text);
        Assert.Contains("s:apply:apply", shown.Markup); // the "✅ Nhập vào sổ" button
        Assert.Equal(1, api.Downloads["BQACAgIAAxkBAAIB"]);
        Assert.Equal(1, api.CallsTo("getFile"));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_not_downloaded_and_the_admin_is_told_why()
    {
        using var folder = new TempFolder();
        await using var api = await FakeBotApiServer.StartAsync();
        await using var host = await BotHost.StartAsync(api, folder.File("bot.db"));

        api.UserSendsDocument(BotHost.AdminChat, "BQACbig", "so.xlsx", [1, 2, 3], size: 10 * 1024 * 1024);

        var reply = (await api.WaitForSent(BotHost.AdminChat, 1)).Single();
        Assert.Equal(T.RegisterTooBig(10 * 1024 * 1024, 5 * 1024 * 1024), reply.Text);
        Assert.Equal(0, api.CallsTo("getFile"));
        Assert.False(api.Downloads.ContainsKey("BQACbig"));
    }
}
