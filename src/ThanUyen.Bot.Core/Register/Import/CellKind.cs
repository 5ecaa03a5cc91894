namespace ThanUyen.Bot.Core.Register.Import;

/// <summary>How a register cell is read and checked.</summary>
public enum CellKind
{
    Text,

    /// <summary>A number from 0 up (a target, a count, hectares).</summary>
    Number,

    /// <summary>Đồng, from 0 up: 1500000, "1.500.000", "1,5 triệu".</summary>
    Money,

    /// <summary>A date cell, or "15/3/2024".</summary>
    Date,

    /// <summary>"có" / "không".</summary>
    YesNo,

    /// <summary>One value of a drop-down list (a village, a type, a status …).</summary>
    Choice,

    /// <summary>Several names separated by commas (products, topics, models).</summary>
    Names,
}
