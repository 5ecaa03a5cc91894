using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ThanUyen.Bot.Cli;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Tests.Infra;
using ThanUyen.Bot.Web;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>
/// data/media holds Zalo users' photos (kept) and charts and exports handed out by link (which expire, and an
/// export lists members' chat ids): expired files go, each outgoing file is written once, backups carry it.
/// </summary>
public sealed class MediaTests
{
    private static string MediaFolder(TempFolder folder) => folder.File("data/media");

    [Fact]
    public async Task An_expired_export_file_is_deleted_by_the_hourly_housekeeping_and_a_kept_photo_is_not()
    {
        using var folder = new TempFolder();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await BotHost.StartAsync(null, folder.File("data/bot.db"), clock: clock);
        var media = host.Services.GetRequiredService<MediaStore>();
        var export = media.Save([1, 2, 3], "thanuyen.xlsx", "application/octet-stream", TimeSpan.FromHours(24));
        var photo = media.Save([0xFF, 0xD8], "photo.jpg", "image/jpeg", lifetime: null);
        var exportFile = media.Open(export)!.Value.Path;

        for (var hour = 0; hour < 30 * 4 && File.Exists(exportFile); hour++)
        {
            clock.Advance(TimeSpan.FromMinutes(15));
            await Task.Delay(20);
        }
        Assert.False(File.Exists(exportFile), "an expired export must not stay on disk");
        Assert.Null(media.Open(export));
        Assert.NotNull(media.Open(photo));
    }

    [Fact]
    public async Task A_Zalo_chart_sent_after_failed_attempts_is_written_once_and_linked_the_same_each_time()
    {
        using var folder = new TempFolder();
        await using var zalo = await FakeZaloServer.StartAsync();
        var failures = 2;
        zalo.Fault = (method, _) =>
            method == "sendPhoto" && Interlocked.Decrement(ref failures) >= 0 ? Fault.ServerError : null;
        await using var host = await BotHost.StartAsync(
            null,
            folder.File("data/bot.db"),
            new() { ["Web:PublicBaseUrl"] = "https://bot.example.vn" },
            zalo: zalo
        );
        var now = DateTime.UtcNow;
        host.Stores.Writer.Write(() =>
            host.Stores.Outbox.Add(
                new OutgoingMessage
                {
                    Chat = "zalo:chart01",
                    Text = "Tổng hợp tuần",
                    PhotoBytes = [0x89, 0x50, 0x4E, 0x47],
                    CreatedAt = now,
                    NextAttemptAt = now,
                }
            )
        );
        host.Services.GetRequiredService<OutboxSignal>().Notify();

        await zalo.WaitForSent("chart01", 1);
        var photos = zalo.Calls.Where(c => c.Method == "sendphoto").Select(c => c.Body["photo"]!.ToString()).ToList();
        Assert.Equal(3, photos.Count);
        Assert.Single(photos.Distinct());
        Assert.Single(Directory.GetFiles(MediaFolder(folder)));
    }

    [Fact]
    public async Task A_backup_carries_the_media_folder_and_restore_puts_it_back()
    {
        using var folder = new TempFolder();
        var db = folder.File("data/bot.db");
        string photo;
        await using (var host = await BotHost.StartAsync(null, db))
        {
            photo = host
                .Services.GetRequiredService<MediaStore>()
                .Save([0xFF, 0xD8, 7], "photo.jpg", "image/jpeg", null);
            var said = host.Services.GetRequiredService<OperatorActions>().Backup(folder.File("backup/bot.db"));
            Assert.Contains("media", said);
        }
        Assert.True(File.Exists(folder.File("backup/bot.db.media.tar")));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(
                UnixFileMode.UserRead | UnixFileMode.UserWrite,
                File.GetUnixFileMode(folder.File("backup/bot.db.media.tar"))
            );
        Directory.Delete(MediaFolder(folder), recursive: true);

        var (code, _, err) = BotCli.Run(db, "restore", "--from", folder.File("backup/bot.db"));
        Assert.True(code == 0, err);
        await using var restored = await BotHost.StartAsync(null, db);
        var file = restored.Services.GetRequiredService<MediaStore>().Open(photo);
        Assert.NotNull(file);
        Assert.Equal([0xFF, 0xD8, 7], await File.ReadAllBytesAsync(file.Value.Path));
    }
}
