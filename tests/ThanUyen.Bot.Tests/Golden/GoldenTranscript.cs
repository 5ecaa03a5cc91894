using System.Text;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Tests.Golden;

/// <summary>
/// A golden transcript file (format in README.md): comments, directives, what the person types (or presses),
/// and what the bot answered, rendered as the console channel prints it. Reading keeps everything but the
/// answers; <see cref="Write"/> puts the answers of a replay back in.
/// </summary>
public sealed partial class GoldenTranscript
{
    /// <summary>A line of the file that is not an answer: a comment, a directive or an input.</summary>
    public sealed record Line(string Text)
    {
        public bool IsInput => Text.StartsWith("> ", StringComparison.Ordinal);
        public bool IsDirective => Text.StartsWith('@');
    }

    public List<Line> Lines { get; } = [];

    public static GoldenTranscript Read(string text)
    {
        var transcript = new GoldenTranscript();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            // Answer lines are the bot's: indented or starting with 🤖. Blank lines are layout.
            if (raw.Length == 0 || raw.StartsWith("🤖", StringComparison.Ordinal) || raw.StartsWith(' '))
                continue;
            transcript.Lines.Add(new Line(raw));
        }
        return transcript;
    }

    /// <summary>The file again, each input followed by the answers it got.</summary>
    public string Write(IEnumerable<(Line Line, IReadOnlyList<OutgoingMessage> Answers)> replay)
    {
        var sb = new StringBuilder();
        var first = true;
        foreach (var (line, answers) in replay)
        {
            if (line.IsInput && !first)
                sb.Append('\n');
            sb.Append(line.Text).Append('\n');
            foreach (var answer in answers)
                sb.Append(Render(answer));
            first = false;
        }
        return sb.ToString();
    }

    /// <summary>As the console prints a message: "🤖 text", numbered choices, menu entries with their command.</summary>
    public string Render(OutgoingMessage message)
    {
        var lines = Steady(message.Text).Split('\n').Select((l, i) => (i == 0 ? "🤖 " : "   ") + l);
        // Blank lines inside a message stay blank (no trailing spaces for editors to strip).
        var sb = new StringBuilder(string.Join('\n', lines.Select(l => l.TrimEnd()))).Append('\n');
        for (var i = 0; i < message.Choices.Count; i++)
        {
            var choice = message.Choices[i];
            var command = ButtonData.TryReadMenu(choice.Data, out var c) ? $"  (/{c})" : "";
            sb.Append(message.NumberedChoices ? $"   {i + 1}. " : "   • ").Append(choice.Label).Append(command);
            sb.Append('\n');
        }
        if (message.DocumentName is not null)
            sb.Append("   [tệp: ").Append(message.DocumentName).Append("]\n");
        return sb.ToString();
    }

    /// <summary>Invitation codes are random: shown as "MÃMỜI01", "MÃMỜI02" … in the order they first appear.</summary>
    private string Steady(string text) =>
        CodeWord()
            .Replace(
                text,
                m =>
                    InvitationCodes.LooksLikeCode(m.Value)
                        ? _codes.TryGetValue(m.Value, out var known)
                            ? known
                            : _codes[m.Value] = $"MÃMỜI{_codes.Count + 1:00}"
                        : m.Value
            );

    private readonly Dictionary<string, string> _codes = [];

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[A-Z0-9]{8}\b")]
    private static partial System.Text.RegularExpressions.Regex CodeWord();
}
