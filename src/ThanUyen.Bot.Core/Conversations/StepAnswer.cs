namespace ThanUyen.Bot.Core.Conversations;

/// <summary>What a step made of an input: a value to store, or a hint saying what was wrong and an example.</summary>
public sealed record StepAnswer(string? Value, string? Problem)
{
    public bool Ok => Problem is null;

    public static StepAnswer Accept(string value) => new(value, null);

    public static StepAnswer Reject(string problem) => new(null, problem);
}
