using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Reports.Export;

/// <summary>
/// What each sheet (or CSV file) holds: one per report kind, in registration order (its columns, then the
/// review columns every kind shares), then the members.
/// Shared by the XLSX and CSV writers so they cannot drift apart.
/// </summary>
public sealed class ExportSheets(ReportKinds kinds, CatalogueStore catalogue)
{
    public const string MemberSheet = "Thành viên",
        MemberFile = "thanh-vien";

    /// <summary>(sheet name, file name, columns, rows) per kind.</summary>
    public IEnumerable<(
        string Sheet,
        string File,
        IReadOnlyList<ExportColumn<Report>> Columns,
        List<Report> Rows
    )> Kinds(ExportData data)
    {
        var context = new ExportContext(data, catalogue);
        foreach (var kind in kinds.All)
            yield return (
                kind.Name,
                kind.FileName,
                [.. kind.Columns(context), .. Reviews.ReviewColumns.For(context)],
                data.Reports.Where(r => r.FlowId == kind.FlowId).ToList()
            );
    }

    public IReadOnlyList<ExportColumn<Member>> Members(ExportData data)
    {
        var context = new ExportContext(data, catalogue);
        return
        [
            new("Mã số", m => m.Id),
            new("Tên", m => m.Name),
            new("Vai trò", m => Places.RoleName(m.Role)),
            new("Xã", m => context.Commune(m.CommuneId)),
            new("Bản", m => context.Village(m.VillageId)),
            new("Kênh chat", m => string.Join(" ", m.Addresses)),
            new("Ngày tham gia", m => context.Local(m.JoinedAt)),
            new("Đang hoạt động", m => m.Active ? "có" : "không"),
            new("Không liên lạc được", m => m.Unreachable ? "có" : "không"),
        ];
    }
}
