using System.IO.Compression;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reports.Kinds.Meeting;
using ThanUyen.Bot.Core.Reports.Kinds.Progress;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Tests.Infra;
using ThanUyen.Bot.Web;

namespace ThanUyen.Bot.Tests.Commands;

/// <summary>/export zip and the CLI zip: the workbook beside photos/ and voice/, linked from each row.</summary>
public sealed class ExportZipTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private TestBot _bot;
    private Report _progress = null!;
    private Report _meeting = null!;

    public ExportZipTests() => _bot = Seed(new TestBot(_folder.File("bot.db")), photoBytes: 3000);

    public void Dispose()
    {
        _bot.Dispose();
        _folder.Dispose();
    }

    /// <summary>
    /// A progress report with two photos kept by the service (as Zalo photos are), one known only by its Telegram
    /// file id, and a kept voice note of 42 s; a meeting whose voice outcome was never downloaded.
    /// </summary>
    private TestBot Seed(TestBot bot, int photoBytes)
    {
        bot.Register(People.Lan, Role.Member, "tham phe");
        var lan = bot.Stores.Members.FindByAddress(People.Lan.Address)!;
        var media = new MediaStore(
            bot.Stores,
            Options.Create(new WebOptions()),
            Options.Create(bot.Stores.Database.Options),
            bot.Clock
        );
        var photo1 = "media:" + media.Save(Bytes(photoBytes, 1), "photo.jpg", "image/jpeg", null);
        var photo2 = "media:" + media.Save(Bytes(photoBytes, 2), "photo.jpg", "image/jpeg", null);
        var voice = "media:" + media.Save(Bytes(500, 3), "voice.aac", "audio/aac", null);
        var now = bot.Clock.GetUtcNow().UtcDateTime;
        var work = bot.Db.SubProjects.FindOne(s => s.VillageId == "tham-phe");
        _progress = ReportSeeder.Progress(bot.Stores, lan, now, work, 45, 20);
        _progress.FactsAs<ProgressFacts>()!.PhotoFileIds = [photo1, "AgACAgIAAxkBAAI-telegram", photo2];
        _progress.FactsAs<ProgressFacts>()!.Problems = $"voice:{voice}:42";
        _progress.Answers["problems"] = $"voice:{voice}:42";
        _meeting = ReportSeeder.Meeting(bot.Stores, lan, now.AddDays(-1), "other", 20, 10);
        _meeting.FactsAs<MeetingFacts>()!.Outcome = "voice:AwACAgIAAxkBAAI-voice:15";
        _meeting.Answers["outcome"] = "voice:AwACAgIAAxkBAAI-voice:15";
        bot.Writer.Write(() =>
        {
            bot.Stores.Reports.Save(_progress);
            bot.Stores.Reports.Save(_meeting);
        });
        return bot;
    }

    private static byte[] Bytes(int count, byte fill) => Enumerable.Repeat(fill, count).ToArray();

    [Fact]
    public void An_admin_gets_one_archive_whose_workbook_links_open_the_photos_and_voice_notes_beside_it()
    {
        var message = _bot.Say(People.Admin, "/export zip").Single();
        Assert.EndsWith(".zip", message.DocumentName);
        Assert.Null(message.DocumentBytes); // the archive is a kept file, not an outbox document
        Assert.Contains("2 ảnh, 1 ghi âm", message.Text);
        Assert.Contains("2 tệp chưa lưu", message.Text);
        using var zip = ZipFile.OpenRead(MediaFiles.Locate(_bot.Stores, message.DocumentFile)!.Value.Path);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        var code = _progress.Code;
        Assert.Superset(
            new HashSet<string> { $"photos/{code}-1.jpg", $"photos/{code}-3.jpg", $"voice/{code}-1.aac" },
            names
        );
        Assert.Equal(3000, zip.GetEntry($"photos/{code}-3.jpg")!.Length);
        var workbookEntry = zip.Entries.Single(e => e.FullName.EndsWith(".xlsx", StringComparison.Ordinal));
        using var workbookBytes = new MemoryStream();
        using (var s = workbookEntry.Open())
            s.CopyTo(workbookBytes);

        // Read the saved relationships themselves: each target is relative and names a file in the archive.
        var targets = new List<string>();
        using (var document = SpreadsheetDocument.Open(new MemoryStream(workbookBytes.ToArray()), false))
            foreach (var sheet in document.WorkbookPart!.WorksheetParts)
            foreach (var link in sheet.HyperlinkRelationships)
            {
                Assert.False(link.Uri.IsAbsoluteUri, link.Uri.ToString());
                Assert.True(link.IsExternal);
                targets.Add(link.Uri.OriginalString);
            }
        Assert.Equal(3, targets.Count);
        Assert.All(targets, t => Assert.Contains(t, names));

        using var workbook = new XLWorkbook(new MemoryStream(workbookBytes.ToArray()));
        var progress = workbook.Worksheet("Hạ tầng");
        var header = progress.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var row = progress.Row(2);
        Assert.Equal("(tin nhắn thoại 0:42)", row.Cell(header["Khó khăn, đề xuất"]).GetString());
        Assert.Equal($"{code}-1.jpg", row.Cell(header["Ảnh 1"]).GetString());
        Assert.Equal($"{code}-2.jpg: chưa lưu trên máy chủ", row.Cell(header["Ảnh 2"]).GetString());
        Assert.False(row.Cell(header["Ảnh 2"]).HasHyperlink);
        Assert.Equal($"{code}-1.aac 🎤 0:42", row.Cell(header["Ghi âm 1"]).GetString());
        var meeting = workbook.Worksheet("Họp - tập huấn");
        var meetingHeader = meeting.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        Assert.Equal("(tin nhắn thoại 0:15)", meeting.Row(2).Cell(meetingHeader["Kết quả"]).GetString());
        Assert.Equal(
            $"{_meeting.Code}-1.ogg: chưa lưu trên máy chủ",
            meeting.Row(2).Cell(meetingHeader["Ghi âm 1"]).GetString()
        );
    }

    [Fact]
    public void An_archive_over_what_telegram_lets_a_bot_upload_is_refused_with_a_shorter_period_or_the_cli()
    {
        _bot.Dispose();
        _bot = Seed(
            new TestBot(
                _folder.File("big.db"),
                configure: s => s.AddSingleton(new ChannelCapabilities("telegram") { MaxUpload = 1024 * 1024 })
            ),
            photoBytes: 600 * 1024
        );
        var before = Directory.GetFiles(MediaFiles.FolderFor(_bot.Stores.Database.Options)).Length;

        var reply = _bot.Say(People.Admin, "/export zip").Single();

        Assert.Null(reply.DocumentName);
        Assert.Contains("quá 1 MB", reply.Text);
        Assert.Contains("khoảng ngày ngắn hơn", reply.Text);
        Assert.Contains("--format zip", reply.Text);
        Assert.Equal(before, Directory.GetFiles(MediaFiles.FolderFor(_bot.Stores.Database.Options)).Length);
        Assert.NotNull(_bot.Say(People.Admin, "/export").Single().DocumentBytes); // the workbook alone still goes
    }

    [Fact]
    public void The_cli_writes_the_same_archive_with_no_size_cap()
    {
        var db = _folder.File("bot.db");
        _bot.Dispose();
        _bot = new TestBot(_folder.File("other.db"));
        var (code, output, error) = BotCli.Run(db, "export", "--format", "zip", "--out", _folder.File("all.zip"));

        Assert.True(code == 0, error);
        Assert.Contains("written", output);
        using var zip = ZipFile.OpenRead(_folder.File("all.zip"));
        Assert.Contains($"voice/{_progress.Code}-1.aac", zip.Entries.Select(e => e.FullName));
        Assert.Single(zip.Entries, e => e.FullName.EndsWith(".xlsx", StringComparison.Ordinal));
    }
}
