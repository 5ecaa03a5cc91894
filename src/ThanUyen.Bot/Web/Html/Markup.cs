namespace ThanUyen.Bot.Web.Html;

/// <summary>
/// HTML that is safe to send: made by <see cref="Tags.H"/>, which encodes every value put into it, or from a
/// constant of the page's own code. A person's text never becomes markup without passing the encoder.
/// </summary>
public readonly record struct Markup(string Value)
{
    public static readonly Markup Empty = new("");

    public override string ToString() => Value ?? "";

    public static Markup Join(IEnumerable<Markup> parts) => new(string.Concat(parts.Select(p => p.Value)));

    public static Markup When(bool condition, Markup markup) => condition ? markup : Empty;
}
