using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Register.Import;

/// <summary>The register's fixed words read loosely: statuses and ethnic groups.</summary>
public static class RegisterNames
{
    public static WorkStatus? Status(string text) =>
        TextKey.Of(text) switch
        {
            "chua bat dau" or "ke hoach" or "du kien" or "planned" => WorkStatus.Planned,
            "dang lam" or "dang thi cong" or "dang trien khai" or "dang thuc hien" => WorkStatus.UnderWay,
            "hoan thanh" or "xong" or "da xong" or "da hoan thanh" => WorkStatus.Finished,
            "tam dung" or "dung" or "da dung" or "ngung" => WorkStatus.Stopped,
            _ => null,
        };

    /// <summary>"mong", "H'Mông" → "Mông"; null when not one of the register's groups.</summary>
    public static string? Ethnicity(string text)
    {
        var key = TextKey.Of(text).Replace("h mong", "mong", StringComparison.Ordinal);
        return RegisterSheets.Ethnicities.FirstOrDefault(e =>
            TextKey.Of(e) == key || $"dan toc {TextKey.Of(e)}" == key
        );
    }
}
