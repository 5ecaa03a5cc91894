namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// Another process (the service, or an operator command) has the database open. Read by operators in a
/// terminal or the journal, so it says which file and what to do, in Vietnamese and in English.
/// </summary>
public sealed class DatabaseLockedException(string databasePath, Exception? inner = null)
    : IOException(
        $"Cơ sở dữ liệu {databasePath} đang được một tiến trình khác mở (dịch vụ đang chạy?). "
            + "Dừng tiến trình đó trước (systemctl stop thanuyen-bot), hoặc dùng lệnh khi dịch vụ trả lời. / "
            + $"The database {databasePath} is held by another process (is the service running?). "
            + "Stop it first (systemctl stop thanuyen-bot), or run the command while the service answers.",
        inner
    )
{
    public string DatabasePath => databasePath;
}
