using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ThanUyen.Bot.Web.Html;

/// <summary>
/// Builds <see cref="Markup"/> from an interpolated string: the literal parts are the page's markup, every
/// hole is encoded unless it is already <see cref="Markup"/>. Vietnamese letters stay as they are (the
/// default encoder would turn each into an 8-byte entity and double the page).
/// </summary>
[InterpolatedStringHandler]
public ref struct MarkupBuilder
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _sb;

    public MarkupBuilder(int literalLength, int formattedCount) =>
        _sb = new StringBuilder(literalLength + formattedCount * 24);

    public readonly void AppendLiteral(string literal) => _sb.Append(literal);

    public readonly void AppendFormatted(string? text) => _sb.Append(Encoder.Encode(text ?? ""));

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

    public static string Encode(string text) => Encoder.Encode(text);
}
