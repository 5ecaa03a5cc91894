using ClosedXML.Excel;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Tests.Infra;

/// <summary>
/// Files people send, as the host hands them to the core: stored in the media folder and named "media:…";
/// and register workbooks edited as an admin would in Excel.
/// </summary>
public static class SentFiles
{
    public static string Store(Stores stores, byte[] bytes, string name)
    {
        var token = Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant().PadRight(40, '0');
        var folder = MediaFiles.FolderFor(stores.Database.Options);
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, token + ".xlsx"), bytes);
        stores.Writer.Write(() =>
            stores.Media.Add(
                new MediaIndexStore.Entry(token, token + ".xlsx", name, "application/octet-stream", null, null)
            )
        );
        return MediaFiles.Prefix + token;
    }

    /// <summary>Sends a file to the bot and returns the replies.</summary>
    public static List<OutgoingMessage> SendFile(this TestBot bot, Person person, byte[] bytes, string name = "so.xlsx")
    {
        var reference = Store(bot.Stores, bytes, name);
        return bot.Send(
            person,
            MessageKind.Document,
            m => m with { DocumentFileId = reference, DocumentName = name, DocumentSize = bytes.Length }
        );
    }

    /// <summary>Opens a workbook, lets the test edit it as a person would in Excel, and saves it.</summary>
    public static byte[] Edit(byte[] xlsx, Action<XLWorkbook> edit)
    {
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        edit(workbook);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Writes a row of values from column A, numbers as numbers and the rest as text.</summary>
    public static void Row(this IXLWorksheet sheet, int row, params object?[] values)
    {
        for (var c = 0; c < values.Length; c++)
        {
            var cell = sheet.Cell(row, c + 1);
            switch (values[c])
            {
                case null:
                    cell.Clear();
                    break;
                case int or decimal or double:
                    cell.Value = Convert.ToDouble(values[c], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case DateTime d:
                    cell.Value = d;
                    break;
                default:
                    cell.SetValue(values[c]!.ToString());
                    break;
            }
        }
    }
}
