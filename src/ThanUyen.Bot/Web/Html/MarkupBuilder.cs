using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ThanUyen.Bot.Web.Html;

/// <summary>
/// Builds <see cref="Markup"/> from an interpolated string: the literal parts are the page's markup, every
/// hole is encoded unless it is already <see cref="Markup"/>. Only the five characters that mean something in
/// HTML text and double-quoted attributes are escaped: Vietnamese letters and emoji stay as they are (an
/// entity per letter would double the page).
/// </summary>
[InterpolatedStringHandler]
public ref struct MarkupBuilder
{
    private readonly StringBuilder _sb;

    public MarkupBuilder(int literalLength, int formattedCount) =>
        _sb = new StringBuilder(literalLength + formattedCount * 24);

    public readonly void AppendLiteral(string literal) => _sb.Append(literal);

    public readonly void AppendFormatted(string? text)
    {
        foreach (var c in text ?? "")
            _ = c switch
            {
                '&' => _sb.Append("&amp;"),
                '<' => _sb.Append("&lt;"),
                '>' => _sb.Append("&gt;"),
                '"' => _sb.Append("&quot;"),
                '\'' => _sb.Append("&#39;"),
                _ => _sb.Append(c),
            };
    }

    /// <summary>One method for every other value: a generic overload would win over a specific one otherwise.</summary>
    public readonly void AppendFormatted<TValue>(TValue value)
    {
        switch (value)
        {
            case Markup markup:
                _sb.Append(markup.Value);
                break;
            case IEnumerable<Markup> items:
                foreach (var item in items)
                    _sb.Append(item.Value);
                break;
            case IFormattable formattable:
                AppendFormatted(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                AppendFormatted(value?.ToString());
                break;
        }
    }

    public readonly Markup Build() => new(_sb.ToString());
}
