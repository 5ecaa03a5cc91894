namespace ThanUyen.Bot.Fakes;

/// <summary>A message in a chat as it reads now: its text, its keyboard's labels, how often it was edited.</summary>
public sealed record ChatMessageView(int Id, long ChatId, string Text, List<string> Keyboard, int Edits = 0)
{
    public bool Equals(ChatMessageView? other) =>
        other is not null
        && Id == other.Id
        && Text == other.Text
        && Keyboard.SequenceEqual(other.Keyboard)
        && Edits == other.Edits;

    public override int GetHashCode() => HashCode.Combine(Id, Text, Keyboard.Count);
}
