using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Digests;

/// <summary>
/// A photo or voice note a digest section sends after its text (where the reader's platform shows it): the
/// report it belongs to, its reference, a voice note's length, and its caption ("Đường Pá Khôm 60%").
/// </summary>
public sealed record DigestMedia(Report Report, string Reference, int Seconds, string Caption);
