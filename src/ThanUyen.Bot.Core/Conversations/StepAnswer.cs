namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// What a step made of an input: a value to store, or a hint saying what was wrong and an example. An answer may
/// carry <see cref="Also"/>: answers to other questions said in the same breath ("25 người, 14 nữ" answers the
/// women question too; "30 triệu cả hai" at "per unit or total?" gives the amount). With no value and no problem
/// it is partial: only <see cref="Also"/> is kept and the question is asked again (an amount said without
/// "mỗi con" or "tổng" still needs its basis). <see cref="Note"/> is said before the next question (what was cut).
/// </summary>
public sealed record StepAnswer(string? Value, string? Problem)
{
    public bool Ok => Problem is null;

    public bool Partial => Problem is null && Value is null;

    public IReadOnlyDictionary<string, string> Also { get; init; } = new Dictionary<string, string>();

    public string? Note { get; init; }

    /// <summary>How a partial answer reads on the question it answered ("→ 30.000.000 ₫").</summary>
    public string? Shown { get; init; }

    /// <summary>The question to ask again (a narrowed "did you mean …?"), set with <see cref="Problem"/>.</summary>
    public IReadOnlyList<string>? Narrowed { get; init; }

    public static StepAnswer Accept(string value) => new(value, null);

    public static StepAnswer Reject(string problem) => new(null, problem);

    public static StepAnswer Fill(IReadOnlyDictionary<string, string> also) => new(null, null) { Also = also };
}
