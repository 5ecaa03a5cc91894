using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

public sealed class ConsoleChannelTests
{
    [Fact]
    public async Task The_operator_chats_through_stdin_and_stdout_as_local_admin_and_the_service_outlives_end_of_input()
    {
        using var folder = new TempFolder();
        using var bot = new BotProcess(folder.File("data/thanuyen.db"));

        bot.Type("/invite member tham phe");
        var output = await bot.WaitForOutput("Mã dùng được một lần");
        Assert.Contains("🤖 ✉️ Mã mời thành viên nhóm nòng cốt — bản Thẩm Phé, xã Mường Kim", output);
        Assert.DoesNotContain("info:", output); // logs go to stderr, stdout is the conversation

        bot.Type("/invite");
        await bot.WaitForOutput("3. 🔑 Quản trị viên");
        bot.Type("1");
        await bot.WaitForOutput("4. 🏡 Pá Khôm");
        bot.Type("pa khom");
        output = await bot.WaitForOutput("bản Pá Khôm, xã Pha Mu");

        if (!OperatingSystem.IsWindows())
        {
            // While running, LiteDB's write-ahead log holds recent data: it must be owner-only too.
            var log = folder.File("data/thanuyen-log.db");
            if (File.Exists(log))
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(log));
            Assert.Equal(
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
                File.GetUnixFileMode(folder.File("data"))
            );
        }

        bot.CloseInput();
        await bot.WaitUntil(() => bot.Errors.Contains("console channel stops"), "the console channel to stop");
        // Still serving after that: a request is answered, and its log line (the logger writes in order)
        // shows that nothing logged a shutdown before it.
        await bot.WaitUntil(() => bot.Errors.Contains("Now listening on: "), "the web server to be listening");
        var url = bot.Errors.Split("Now listening on: ")[1].Split('\n')[0].Trim();
        using (var http = new HttpClient())
            Assert.True((await http.GetAsync(new Uri(url + "/healthz"))).IsSuccessStatusCode);
        await bot.WaitUntil(
            () => bot.Errors.Contains("Executed endpoint 'HTTP: GET /healthz'"),
            "the request's log line"
        );
        Assert.DoesNotContain("shutting down", bot.Errors);
        Assert.False(bot.HasExited, "the service must keep running when stdin ends");
        Assert.True(File.Exists(folder.File("data/thanuyen.db")));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(
                UnixFileMode.UserRead | UnixFileMode.UserWrite,
                File.GetUnixFileMode(folder.File("data/thanuyen.db"))
            );
        Assert.Equal(2, output.Split('\n').Count(l => InvitationCodes.LooksLikeCode(l.Trim())));
    }

    [Fact]
    public async Task A_bad_setting_stops_the_service_with_a_message_naming_it()
    {
        using var folder = new TempFolder();
        using var bot = new BotProcess(folder.File("bot.db"), new() { ["Bot__TimeZone"] = "Mars/Olympus" });
        await Task.Yield();
        Assert.True(bot.WaitForExit(30_000));
        Assert.Contains("Bot:TimeZone", bot.Errors + bot.Output);
    }
}
