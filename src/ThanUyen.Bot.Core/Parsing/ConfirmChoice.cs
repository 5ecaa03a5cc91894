namespace ThanUyen.Bot.Core.Parsing;

/// <summary>The three answers to "save this report?".</summary>
public enum ConfirmChoice
{
    Save,
    Edit,
    Cancel,
}
