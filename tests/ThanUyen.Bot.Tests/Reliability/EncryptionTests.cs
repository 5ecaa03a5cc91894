using System.Text;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reliability;

public sealed class EncryptionTests
{
    [Fact]
    public void With_a_storage_password_the_file_holds_no_readable_names_and_needs_the_password()
    {
        using var folder = new TempFolder();
        var path = folder.File("secret.db");
        using (var db = new BotDatabase(new StorageOptions { DatabasePath = path, Password = "mật-khẩu-dài" }))
        {
            db.Members.Insert(
                new Member
                {
                    Name = "Giàng Thị Dung",
                    Role = Role.Member,
                    Addresses = ["telegram:55"],
                }
            );
            db.Engine.Checkpoint();
        }
        var bytes = File.ReadAllBytes(path);
        Assert.DoesNotContain("Dung", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.ThrowsAny<Exception>(() => new BotDatabase(new StorageOptions { DatabasePath = path }).Dispose());
        using var reopened = new BotDatabase(new StorageOptions { DatabasePath = path, Password = "mật-khẩu-dài" });
        Assert.Equal("Giàng Thị Dung", reopened.Members.FindAll().Single().Name);
    }
}
