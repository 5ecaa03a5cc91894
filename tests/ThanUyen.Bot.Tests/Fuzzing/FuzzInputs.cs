using System.Text;
using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Tests.Fuzzing;

/// <summary>
/// Hostile and odd inputs: every script, RTL and zero-width characters, huge texts, emoji, odd numbers, junk commands
/// and buttons.
/// </summary>
public static class FuzzInputs
{
    private static readonly string[] Pieces =
    [
        "bò",
        "BÒ",
        "bo",
        "12tr",
        "1tr2",
        "500k",
        "1.500.000",
        "1,5 tạ",
        "3 yến",
        "hôm qua",
        "thứ hai",
        "15/5",
        "31/2",
        "29/2/2025",
        "có",
        "không",
        "ừ",
        "1",
        "0",
        "-1",
        "99999999999999999999",
        "1e9",
        "0x1F",
        "١٢٣",
        "٣",
        "Ⅻ",
        "½",
        "∞",
        "NaN",
        "1,2,3",
        "..",
        "+84",
        "مرحبا",
        "שלום",
        "\u202E",
        "\u200B",
        "\u200E",
        "\u200D",
        "\uFEFF",
        "😀",
        "🐄🐄🐄",
        "👩‍🌾",
        "🇻🇳",
        "汉字",
        "한국어",
        "ไทย",
        "Ελληνικά",
        "кириллица",
        "\t",
        "\r\n",
        "\0",
        "'",
        "\"",
        "<script>",
        "${jndi}",
        "%s%s",
        "../../etc/passwd",
        "DROP TABLE",
        "{\"$ne\":1}",
        "/",
        "//",
        "/ ",
        "/start",
        "/start junk junk",
        "/edit",
        "/edit BC-0001",
        "/edit ../",
        "/cancel",
        "/back",
        "/huy",
        "/menu",
        "/help me",
        "/sale",
        "/meeting x",
        "/progress 1 2 3",
        "/digest send atlantis",
        "/invite admin",
        "/export csv 1/1 31/12 mars",
        "/broadcast all hi",
        "/role 1 admin",
        "/link 1 zalo:x",
        "bo qua",
        "-",
        "luu",
        "sua",
        "huy",
        "tiep tuc",
        "lam moi",
    ];

    private static readonly string[] Buttons =
    [
        "s:confirm:save",
        "s:~confirm:save",
        "s:~confirm:edit",
        "s:~edit:amount",
        "s:~edit:~back",
        "s:~pending:discard",
        "s:product:cattle",
        "s:product:../../",
        "s:amount:1",
        "s:percent_lower:~redo:subproject",
        "s:send:yes",
        "s:role:Admin",
        "m:stats",
        "m:invite",
        "m:../x",
        "m:",
        "s:",
        "s::",
        "x",
        "",
        new string('s', 64),
        "s:quantity:~skip",
        "s:household:~skip",
        "s:village:pha-mu",
    ];

    public static IncomingMessage Next(Random random, ChatAddress chat, string id)
    {
        var roll = random.Next(100);
        if (roll < 12)
            return new IncomingMessage(chat, id, MessageKind.Button)
            {
                ButtonData = random.Next(4) == 0 ? RandomText(random, 70) : Buttons[random.Next(Buttons.Length)],
            };
        if (roll < 16)
            return new IncomingMessage(chat, id, MessageKind.Photo) { PhotoFileId = RandomText(random, 20) };
        if (roll < 18)
            return new IncomingMessage(chat, id, MessageKind.Voice)
            {
                VoiceFileId = "v",
                VoiceSeconds = random.Next(-5, 5000),
            };
        if (roll < 20)
            return new IncomingMessage(chat, id, MessageKind.Location)
            {
                Latitude = random.NextDouble() * 400 - 200,
                Longitude = random.NextDouble() * 800 - 400,
            };
        if (roll < 22)
            return new IncomingMessage(chat, id, random.Next(2) == 0 ? MessageKind.Sticker : MessageKind.Unsupported);
        var text = roll switch
        {
            < 27 => new string(Pieces[random.Next(Pieces.Length)][0], 5000),
            < 45 => RandomText(random, random.Next(0, 80)),
            < 60 => string.Join(
                ' ',
                Enumerable.Range(0, random.Next(1, 5)).Select(_ => Pieces[random.Next(Pieces.Length)])
            ),
            _ => Pieces[random.Next(Pieces.Length)],
        };
        return new IncomingMessage(chat, id, MessageKind.Text) { Text = text };
    }

    /// <summary>Code points from across Unicode (BMP, astral, control, combining), not only pretty ones.</summary>
    public static string RandomText(Random random, int length)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            var cp = random.Next(6) switch
            {
                0 => random.Next(0x20, 0x7F),
                1 => random.Next(0x00C0, 0x1EFF),
                2 => random.Next(0x0590, 0x08FF),
                3 => random.Next(0x1F300, 0x1FAFF),
                4 => random.Next(0x0000, 0x0020),
                _ => random.Next(0x0300, 0x036F),
            };
            if (cp is >= 0xD800 and <= 0xDFFF)
                cp = 0x20;
            sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }
}
