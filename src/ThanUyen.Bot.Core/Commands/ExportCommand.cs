using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reports.Export;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>/export [xlsx|csv] [from] [to] [xã]: sends a spreadsheet. Officers get their own commune only.</summary>
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
}
