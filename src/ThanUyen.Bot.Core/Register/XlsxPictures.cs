using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using S = DocumentFormat.OpenXml.Spreadsheet;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace ThanUyen.Bot.Core.Register;

/// <summary>
/// Pictures in XLSX files, done with the Open XML SDK: ClosedXML 0.95.4 reads and adds pictures through
/// System.Drawing, which .NET supports only on Windows (it throws here, on Linux). So charts are embedded
/// after ClosedXML has written the workbook, and a workbook is read by ClosedXML with its pictures taken out
/// first (a logo in someone's register file must not stop the import).
/// </summary>
public static class XlsxPictures
{
    private const long EmuPerPixel = 9525;

    /// <summary>The workbook without its drawings (pictures, charts, shapes); cells untouched.</summary>
    public static byte[] Strip(byte[] xlsx)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, true))
            foreach (var part in document.WorkbookPart?.WorksheetParts ?? [])
            {
                if (part.DrawingsPart is not { } drawings)
                    continue;
                foreach (var reference in part.Worksheet.Elements<S.Drawing>().ToList())
                    reference.Remove();
                part.DeletePart(drawings);
                part.Worksheet.Save();
            }
        return stream.ToArray();
    }

    /// <summary>How many pictures a sheet has (tests read the report back with it).</summary>
    public static int Count(byte[] xlsx, string sheet)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return Part(document, sheet)?.DrawingsPart?.ImageParts.Count() ?? 0;
    }

    /// <summary>
    /// Adds PNG pictures to a sheet at their size, one under the other from <paramref name="firstRow"/> (0-based;
    /// rows of Excel's default 20 pixels).
    /// </summary>
    public static byte[] Embed(
        byte[] xlsx,
        string sheet,
        IReadOnlyList<(byte[] Png, int Width, int Height)> pictures,
        int firstRow = 1
    )
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var part = Part(document, sheet) ?? throw new ArgumentException($"No sheet '{sheet}'.", nameof(sheet));
            var drawings = part.DrawingsPart ?? part.AddNewPart<DrawingsPart>();
            if (drawings.WorksheetDrawing is null)
            {
                drawings.WorksheetDrawing = new Xdr.WorksheetDrawing();
                // The schema orders a worksheet's children: the drawing goes before these, or Excel repairs the file.
                var reference = new S.Drawing { Id = part.GetIdOfPart(drawings) };
                var after = part.Worksheet.ChildElements.FirstOrDefault(e =>
                    e
                        is S.LegacyDrawing
                            or S.LegacyDrawingHeaderFooter
                            or S.Picture
                            or S.OleObjects
                            or S.Controls
                            or S.WebPublishItems
                            or S.TableParts
                            or S.WorksheetExtensionList
                );
                if (after is null)
                    part.Worksheet.Append(reference);
                else
                    part.Worksheet.InsertBefore(reference, after);
            }
            var row = firstRow;
            for (var i = 0; i < pictures.Count; i++)
            {
                var (png, width, height) = pictures[i];
                var image = drawings.AddImagePart(ImagePartType.Png);
                image.FeedData(new MemoryStream(png));
                drawings.WorksheetDrawing.Append(Anchor(drawings.GetIdOfPart(image), (uint)i + 2, row, width, height));
                row += (height / 20) + 2;
            }
            drawings.WorksheetDrawing.Save();
            part.Worksheet.Save();
        }
        return stream.ToArray();
    }

    private static WorksheetPart? Part(SpreadsheetDocument document, string sheet)
    {
        var workbook = document.WorkbookPart!;
        var entry = workbook.Workbook.Sheets?.Elements<S.Sheet>().FirstOrDefault(s => s.Name == sheet);
        return entry?.Id?.Value is { } id ? (WorksheetPart)workbook.GetPartById(id) : null;
    }

    private static Xdr.OneCellAnchor Anchor(string imageId, uint id, int row, int width, int height)
    {
        long cx = width * EmuPerPixel,
            cy = height * EmuPerPixel;
        return new Xdr.OneCellAnchor(
            new Xdr.FromMarker(
                new Xdr.ColumnId("0"),
                new Xdr.ColumnOffset("0"),
                new Xdr.RowId(row.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Xdr.RowOffset("0")
            ),
            new Xdr.Extent { Cx = cx, Cy = cy },
            new Xdr.Picture(
                new Xdr.NonVisualPictureProperties(
                    new Xdr.NonVisualDrawingProperties { Id = id, Name = $"Biểu đồ {id - 1}" },
                    new Xdr.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })
                ),
                new Xdr.BlipFill(new A.Blip { Embed = imageId }, new A.Stretch(new A.FillRectangle())),
                new Xdr.ShapeProperties(
                    new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }
                )
            ),
            new Xdr.ClientData()
        );
    }
}
