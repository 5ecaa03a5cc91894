using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reports.Export;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>
/// /export [xlsx|csv|zip] [from] [to] [xã]: sends a spreadsheet (zip: with the reports' photos and voice notes).
/// Officers get their own commune only.
/// </summary>
public sealed class ExportCommand(ExportSheets sheets) : ICommand
{
    public string Name => "export";
    public IReadOnlyList<string> Aliases => ["xuat"];
    public Role? MinimumRole => Role.Officer;
    public string Description => T.ExportDescription;

    public void Execute(Turn turn, string args)
    {
        var words = args.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var csv = words.RemoveAll(w => TextKey.Of(w) == "csv") > 0;
        var zip = words.RemoveAll(w => TextKey.Of(w) is "zip" or "nen") > 0;
        words.RemoveAll(w => TextKey.Of(w) == "xlsx");
        var dates = new List<DateOnly>();
        foreach (var w in words.ToList())
        {
            if (VietnameseDate.TryParse(w, turn.Today, out var d) != DateProblem.None)
                continue;
            dates.Add(d);
            words.Remove(w);
        }
        var member = turn.Member!;
        var catalogue = turn.Catalogue;
        var communeId = member.Role == Role.Admin ? null : member.CommuneId;
        if (words.Count > 0)
        {
            // Words that name no commune ("thang 11") get the usage; another commune says which one they may see.
            var commune = catalogue.FindCommune(string.Join(' ', words));
            if (commune is null)
            {
                turn.Reply(T.ExportUsage);
                return;
            }
            if (!Scope.CanSeeCommune(member, commune.Id))
            {
                turn.Reply(T.OnlyYourCommune(catalogue.Commune(member.CommuneId)?.Name ?? "—"));
                return;
            }
            communeId = commune.Id;
        }
        // Building the file takes a moment: the chat shows "sending a file…" meanwhile.
        turn.Working(Chat.ChatAction.UploadDocument);
        DateOnly? from = dates.Count > 0 ? dates.Min() : null,
            to = dates.Count > 1 ? dates.Max() : null;
        if (zip)
        {
            Archive(turn, ExportData.Load(turn.Stores, turn.Options.Zone, from, to, communeId), communeId);
            return;
        }
        var (name, bytes, data) = ExportFile.Make(
            turn.Stores,
            sheets,
            turn.Options.Zone,
            turn.Today,
            from,
            to,
            communeId,
            csv
        );
        var message = turn.Reply(T.ExportReady(data.Reports.Count, data.Members.Count));
        message.DocumentName = name;
        message.DocumentBytes = bytes;
        turn.Audit("export", name, $"{data.Reports.Count} báo cáo");
    }

    /// <summary>
    /// The workbook with its photos and voice notes, kept as a file (too big for an outbox document) and sent
    /// from there; refused, before anything is written, when it would pass what the platform lets a bot upload.
    /// </summary>
    private void Archive(Turn turn, ExportData data, string? communeId)
    {
        var media = ExportMedia.Of(turn.Stores, data.Reports);
        var cap = turn.Channel.MaxUpload;
        var baseName = ExportFile.BaseName(communeId, turn.Today);
        if (cap > 0 && ExportMedia.Size(media) > cap)
        {
            TooBig(turn, ExportMedia.Size(media), cap);
            return;
        }
        var file = MediaFiles.Keep(
            turn.Stores,
            baseName + ".zip",
            "application/zip",
            turn.Now.AddHours(MediaFiles.DocumentHours),
            stream => ZipExport.Write(stream, data, sheets, media, baseName + ".xlsx")
        );
        var size = new FileInfo(MediaFiles.Locate(turn.Stores, file)!.Value.Path).Length;
        if (cap > 0 && size > cap)
        {
            MediaFiles.Forget(turn.Stores, file);
            TooBig(turn, size, cap);
            return;
        }
        var kept = media.Where(m => m.Kept).ToList();
        var message = turn.Reply(
            T.ExportZipReady(
                data.Reports.Count,
                data.Members.Count,
                kept.Count(m => !m.Voice),
                kept.Count(m => m.Voice),
                media.Count - kept.Count
            )
        );
        message.DocumentName = baseName + ".zip";
        message.DocumentFile = file;
        turn.Audit("export", baseName + ".zip", $"{data.Reports.Count} báo cáo, {kept.Count} tệp");
    }

    private static void TooBig(Turn turn, long bytes, long cap)
    {
        const long MB = 1024 * 1024;
        turn.Reply(T.ExportZipTooBig((int)((bytes + MB - 1) / MB), (int)(cap / MB)));
        turn.Audit("export", "zip", $"quá lớn: {bytes} byte");
    }
}
