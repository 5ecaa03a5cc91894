using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Community;

/// <summary>Names of roles and places as people read them.</summary>
public static class Places
{
    public static string RoleName(Role role) =>
        role switch
        {
            Role.Admin => "quản trị viên",
            Role.Officer => "cán bộ xã",
            _ => "thành viên nhóm nòng cốt",
        };

    /// <summary>"bản Thẩm Phé, xã Mường Kim" / "xã Pha Mu" / "" for admins.</summary>
    public static string PlaceOf(CatalogueStore catalogue, Role role, string? placeId)
    {
        if (role == Role.Member && catalogue.Village(placeId) is { } v)
            return $"bản {v.Name}, xã {catalogue.Commune(v.CommuneId)?.Name}";
        if (role == Role.Officer && catalogue.Commune(placeId) is { } c)
            return $"xã {c.Name}";
        return "";
    }

    public static string PlaceOf(CatalogueStore catalogue, Member m) =>
        PlaceOf(catalogue, m.Role, m.Role == Role.Member ? m.VillageId : m.CommuneId);

    /// <summary>"member", "thành viên", "can bo", "officer", "admin" …</summary>
    public static Role? ParseRole(string text) =>
        Parsing.TextKey.Of(text) switch
        {
            "member" or "thanh vien" or "tv" or "nong cot" or "thanhvien" => Role.Member,
            "officer" or "can bo" or "cb" or "canbo" or "can bo xa" => Role.Officer,
            "admin" or "quan tri" or "qtv" or "quan tri vien" => Role.Admin,
            _ => null,
        };
}
