namespace ThanUyen.Bot.Core.Parsing;

/// <summary>What an amount said at a price question stands for, as far as the words tell.</summary>
public enum PriceBasis
{
    /// <summary>The words do not say: ask "per unit or total?".</summary>
    Unknown,

    /// <summary>"15tr/con", "mỗi con 15 triệu", "15 triệu 1 con". Stored as price_kind "unit".</summary>
    PerUnit,

    /// <summary>"tổng 30tr", "30 triệu cả hai", "30tr cả 2 con". Stored as price_kind "total".</summary>
    Total,
}
