using System.Globalization;

namespace ThanUyen.Bot.Core.Texts;

/// <summary>Photos and voice notes: what is said where a platform cannot show or play them.</summary>
public static partial class Texts
{
    /// <summary>A voice note's length as people read it: "0:42", "12:05".</summary>
    public static string Duration(int seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, seconds) / 60}:{Math.Max(0, seconds) % 60:00}");

    /// <summary>Zalo without a public address (no link can be given): how many photos the service keeps.</summary>
    public static string PhotosKept(int count) => $"📷 Có {count} ảnh, đã được lưu lại.";

    /// <summary>Zalo cannot play audio: the voice note is kept, not sent.</summary>
    public static string VoiceKeptNotPlayable(int seconds) =>
        $"🎤 Có tin nhắn thoại ({Duration(seconds)}), đã được lưu lại. Zalo không phát được âm thanh.";

    /// <summary>The console: one line per photo of an album.</summary>
    public static string ConsolePhoto(int number, int count) => $"[ảnh {number}/{count}]";

    public static string ConsoleVoice(int seconds) => $"[tin nhắn thoại {Duration(seconds)}]";
}
