using ThanUyen.Bot.Core.Register.Import;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>The register and the period report from the operator's command line, with or without the service.</summary>
public sealed class RegisterVerbTests
{
    private static byte[] WithAWork(byte[] template) =>
        SentFiles.Edit(
            template,
            book =>
                book.Worksheet(RegisterSheets.Works).Row(3, "", "Huổi Bắc", "Đường sản xuất", "Đường Huổi Bắc", 2, "km")
        );

    [Fact]
    public void An_operator_checks_then_imports_a_register_and_writes_the_quarters_report_without_the_service()
    {
        using var folder = new TempFolder();
        var db = folder.File("bot.db");
        var (code, output, error) = BotCli.Run(db, "register", "template", "--out", folder.File("mau.xlsx"));
        Assert.True(code == 0, error);
        Assert.Contains("written", output);
        File.WriteAllBytes(folder.File("so.xlsx"), WithAWork(File.ReadAllBytes(folder.File("mau.xlsx"))));

        (code, output, error) = BotCli.Run(db, "register", "import", "--file", folder.File("so.xlsx"), "--dry-run");
        Assert.True(code == 0, error);
        Assert.Contains("➕ Công trình: Đường Huổi Bắc (bản Huổi Bắc)", output);
        Assert.Contains("--dry-run: nothing was changed", output);
        (code, output, error) = BotCli.Run(db, "register", "import", "--file", folder.File("so.xlsx"));
        Assert.True(code == 0, error);
        Assert.Contains("applied: 1 changes", output);

        File.WriteAllBytes(folder.File("sai.xlsx"), "không phải Excel"u8.ToArray());
        (code, _, error) = BotCli.Run(db, "register", "import", "--file", folder.File("sai.xlsx"));
        Assert.Equal(2, code);
        Assert.Contains(T.RegisterNotXlsx, error);

        (code, _, error) = BotCli.Run(db, "report", "--period", "2026-Q3", "--out", folder.File("q3.xlsx"));
        Assert.True(code == 0, error);
        Assert.True(new FileInfo(folder.File("q3.xlsx")).Length > 0);
        using var session = new StorageSession(new StorageOptions { DatabasePath = db });
        Assert.Equal("Đường Huổi Bắc", session.Stores.Catalogue.SubProjects().Single().Name); // no example works
    }

    [Fact]
    public async Task With_the_service_running_the_import_goes_through_it()
    {
        using var folder = new TempFolder();
        var db = folder.File("bot.db");
        await using var host = await BotHost.StartAsync(null, db);
        File.WriteAllBytes(folder.File("so.xlsx"), WithAWork(RegisterTemplate.Write(host.Stores)));

        var (code, output, error) = BotCli.Run(db, "register", "import", "--file", folder.File("so.xlsx"));

        Assert.True(code == 0, error);
        Assert.Contains("applied: 1 changes", output);
        Assert.Contains(host.Stores.Catalogue.SubProjects(), w => w.Name == "Đường Huổi Bắc");
        (code, _, error) = BotCli.Run(
            db,
            "report",
            "--period",
            "year 2026",
            "--out",
            folder.File("nam.xlsx"),
            "--commune",
            "pha mu"
        );
        Assert.True(code == 0, error);
        Assert.Equal((byte)'P', File.ReadAllBytes(folder.File("nam.xlsx"))[0]);
    }
}
