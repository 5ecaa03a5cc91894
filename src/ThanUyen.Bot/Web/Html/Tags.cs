namespace ThanUyen.Bot.Web.Html;

/// <summary><c>H($"&lt;td&gt;{name}&lt;/td&gt;")</c>: markup with every value encoded.</summary>
public static class Tags
{
    public static Markup H(ref MarkupBuilder builder) => builder.Build();

    /// <summary>Items rendered one after another.</summary>
    public static Markup Each<TItem>(IEnumerable<TItem> items, Func<TItem, Markup> render) =>
        Markup.Join(items.Select(render));

    /// <summary>"/web/reports?kind=sale&amp;page=2": query values escaped, empty ones left out.</summary>
    public static string Url(string path, params (string Key, string? Value)[] query)
    {
        var parts = query
            .Where(q => !string.IsNullOrEmpty(q.Value))
            .Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value!)}")
            .ToList();
        return parts.Count == 0 ? path : $"{path}?{string.Join('&', parts)}";
    }
}
