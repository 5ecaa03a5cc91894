using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Tests.Infra;

public sealed record Person(string Name, ChatAddress Address);

/// <summary>Named test users.</summary>
public static class People
{
    public static readonly Person Admin = new("Admin", new ChatAddress("telegram", "1000"));
    public static readonly Person Lan = new("Lò Thị Lan", new ChatAddress("telegram", "2001")); // member, Thẩm Phé
    public static readonly Person Chua = new("Giàng A Chua", new ChatAddress("telegram", "2002")); // member, Pá Khôm
    public static readonly Person Hoa = new("Cầm Thị Hoa", new ChatAddress("telegram", "3001")); // officer, Mường Kim
    public static readonly Person Sung = new("Sùng A Sử", new ChatAddress("telegram", "3002")); // officer, Pha Mu
    public static readonly Person Stranger = new("Người lạ", new ChatAddress("telegram", "9999"));
    public static readonly Person ZaloMai = new("Lường Thị Mai", new ChatAddress("zalo", "a1b2c3d4e5"));
}
