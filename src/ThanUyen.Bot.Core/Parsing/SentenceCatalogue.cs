namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// The option lists a sentence is read against, passed in so that reading depends on no flow: products
/// (SaleReportFlow.Products) with the unit each is counted in (SaleReportFlow.DefaultUnit), buyers, meeting kinds
/// and topics (MeetingReportFlow), and the sub-projects the person may report on (value = id as stored, label =
/// name; synonyms such as the village name help tell two roads apart).
/// </summary>
public sealed record SentenceCatalogue(
    IReadOnlyList<MatchCandidate> Products,
    Func<string?, string> DefaultUnit,
    IReadOnlyList<MatchCandidate> Buyers,
    IReadOnlyList<MatchCandidate> MeetingKinds,
    IReadOnlyList<MatchCandidate> Topics,
    IReadOnlyList<MatchCandidate> SubProjects
);
