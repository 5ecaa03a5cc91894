using System.Globalization;

namespace ThanUyen.Bot.Core.Parsing;

public static class Vietnamese
{
    /// <summary>vi-VN: "." groups thousands, "," is the decimal mark.</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");
}
