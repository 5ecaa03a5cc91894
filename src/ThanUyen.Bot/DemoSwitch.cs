namespace ThanUyen.Bot;

/// <summary>
/// "--demo" on the command line means Bot:Demo=true (the "(Ví dụ)" example works for a tryout). The
/// configuration reader wants a value after a switch, so the bare flag is spelled out for it.
/// </summary>
public static class DemoSwitch
{
    public static string[] Expand(string[] args) =>
        [.. args.Select(a => a.Equals("--demo", StringComparison.OrdinalIgnoreCase) ? "--Bot:Demo=true" : a)];
}
