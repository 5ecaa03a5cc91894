using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

public sealed class ConsoleExportTests
{
    [Fact]
    public async Task The_console_admin_gets_an_export_saved_beside_the_database_with_its_path_printed()
    {
        using var folder = new TempFolder();
        var console = new ScriptedConsole();
        await using var host = await BotHost.StartAsync(null, folder.File("data/bot.db"), console: console.IO);
        console.Type("/export");
        string Printed() => string.Concat(console.Printed);
        await Eventually.True(
            () => Printed().Contains("[tệp: ", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10),
            "the export's file printed",
            Printed
        );
        var line = Printed().Split('\n').Single(l => l.Contains("[tệp: ", StringComparison.Ordinal));
        var path = line[(line.IndexOf("[tệp: ", StringComparison.Ordinal) + 6)..line.LastIndexOf(']')];
        Assert.StartsWith(folder.File("data/exports") + Path.DirectorySeparatorChar, path);
        Assert.True(File.Exists(path), line);
        Assert.Equal((byte)'P', (await File.ReadAllBytesAsync(path))[0]); // an xlsx is a zip
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        console.EndOfInput();
    }
}
