namespace ThanUyen.Bot.Core.Community;

public enum Role
{
    /// <summary>A core-group member, bound to one village.</summary>
    Member = 0,

    /// <summary>A commune officer, bound to one commune.</summary>
    Officer = 1,
    Admin = 2,
}
