namespace ThanUyen.Bot.Core.Texts;

/// <summary>Registration, invitations, menu and help.</summary>
public static partial class Texts
{
    public const string DefaultName = "bạn";
    public const string StartDescription = "Bắt đầu / đăng ký bằng mã mời";
    public const string HelpDescription = "Hướng dẫn sử dụng";
    public const string MenuDescription = "Các việc bạn có thể làm";
    public const string InviteDescription = "Tạo mã mời người dùng mới";

    public const string StartNoCode =
        "👋 Chào bạn! Để dùng ThanUyen.Bot, bạn cần một mã mời.\nHãy xin cán bộ xã hoặc quản trị viên, rồi gửi: "
        + "/start MÃ_MỜI (ví dụ /start K7M2QX9P).";
    public const string CodeUnknown =
        "❓ Không tìm thấy mã mời này. Bạn kiểm tra lại từng chữ, hoặc xin người mời gửi lại mã.";
    public const string CodeExpired = "⌛ Mã mời này đã hết hạn. Bạn xin người mời tạo mã mới nhé.";
    public const string CodeUsed =
        "🔁 Mã mời này đã có người dùng rồi. Mỗi mã chỉ dùng một lần: bạn xin một mã mới nhé.";

    public static string Welcome(string name, string role, string place, bool again)
    {
        var where = place.Length == 0 ? "" : $" — {place}";
        return again
            ? $"👋 Chào {name}! Bạn đã đăng ký là {role}{where}.\nBạn chọn việc cần làm nhé:"
            : $"🎉 Chào mừng {name}! Bạn đã được đăng ký là {role}{where}.\nBạn chọn việc cần làm nhé:";
    }

    public static string InviteeJoined(string name, string code) => $"✅ {name} đã tham gia bằng mã {code}.";

    public static string InvitationCreated(string role, string place, string code, string? link, string expires)
    {
        var where = place.Length == 0 ? "" : $" — {place}";
        var how = link is null
            ? $"Người được mời gửi cho bot: /start {code}"
            : $"Người được mời bấm vào link:\n{link}\nhoặc gửi cho bot: /start {code}";
        return $"✉️ Mã mời {role}{where}:\n\n{code}\n\n{how}\nMã dùng được một lần, hết hạn ngày {expires}.";
    }

    public const string InviteUsage =
        "Cách dùng: /invite member <bản> · /invite officer <xã> · /invite admin\nVí dụ: /invite member tham phe. "
        + "Hoặc chỉ gõ /invite để chọn bằng nút.";

    public static string UnknownVillage(string text, IEnumerable<string> villages) =>
        $"❓ Không có bản \"{Clip(text)}\". Các bản: {string.Join(", ", villages)}.";

    public static string UnknownCommune(string text, IEnumerable<string> communes) =>
        $"❓ Không có xã \"{Clip(text)}\". Các xã: {string.Join(", ", communes)}.";

    public const string AskInviteRole = "✉️ Mời ai? Chọn vai trò:";
    public const string AskInviteVillage = "🏡 Người này ở bản nào?";
    public const string AskInviteCommune = "🏛️ Cán bộ của xã nào?";

    public const string MenuTitle = "📋 Bạn chọn việc cần làm:";

    public static string DraftStillOpen(string title) =>
        $"📝 Bạn còn một báo cáo làm dở ({title}). Gõ bất kỳ để làm tiếp, hoặc /cancel để hủy.";

    public const string MenuMyReports = "📋 Báo cáo của tôi";
    public const string MenuDigest = "📊 Tổng hợp tuần";
    public const string MenuInvite = "✉️ Mời người";
    public const string MenuMembers = "👥 Thành viên";
    public const string MenuHelp = "❓ Hướng dẫn";

    public const string HelpUnregistered =
        "ℹ️ ThanUyen.Bot giúp các nhóm ở Mường Kim và Pha Mu báo cáo họp, hạ tầng và bán hàng qua tin "
        + "nhắn.\n\nBạn chưa đăng ký. Hãy xin cán bộ xã hoặc quản trị viên một mã mời, rồi gửi: /start MÃ_MỜI";

    public static string HelpHeader(string role) => $"ℹ️ Bạn là {role}. Bạn có thể:";

    public const string HelpFooter =
        "Trong khi trả lời: /back quay lại câu trước · /cancel hủy báo cáo.\nBấm nút, gõ số, hoặc gõ chữ (không "
        + "dấu cũng được).";

    /// <summary>Echoes of what a person typed stay short.</summary>
    public static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
