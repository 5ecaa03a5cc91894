using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Reports.Export;

namespace ThanUyen.Bot.Core.Reports;

/// <summary>
/// A kind of report, kept in one folder (Reports/Kinds/&lt;Kind&gt;/): its flow (steps and facts), its
/// one-line summary, its export sheet and its part of the weekly digest. Registered once with
/// <see cref="ReportKindsExtensions.AddReportKind{TKind, TFlow}"/>; nothing else switches on a kind.
/// </summary>
public interface IReportKind
{
    /// <summary>Its flow's id, stored in every report it makes ("sale").</summary>
    string FlowId { get; }

    /// <summary>What people read: "Bán hàng" (statistics, the export sheet's name).</summary>
    string Name { get; }

    /// <summary>The export file name without extension, plain ASCII ("ban-hang").</summary>
    string FileName { get; }

    /// <summary>"🐄 Bò 3 con — 36.000.000 ₫": /my, /member, review cards.</summary>
    string OneLine(Report report);

    /// <summary>Its export columns, shared by the XLSX sheet and the CSV file.</summary>
    IReadOnlyList<ExportColumn<Report>> Columns(ExportContext context);

    /// <summary>Its part of a commune's weekly digest (and the chart it adds, if any).</summary>
    DigestSection Digest(DigestInput input, IReadOnlyList<Report> thisWeek, IReadOnlyList<Report> previousWeek);
}
