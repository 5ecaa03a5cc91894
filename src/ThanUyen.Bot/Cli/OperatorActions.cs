using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Reports.Export;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Cli;

/// <summary>
/// What the operator verbs do, on whichever process owns the database (the CLI itself, or the running service).
/// </summary>
public sealed partial class OperatorActions(
    Stores stores,
    ExportSheets sheets,
    IOptions<BotOptions> bot,
    IOptions<StorageOptions> storage,
    DigestService digests,
    IOptions<Core.Register.RegisterOptions> register,
    TimeProvider clock
)
{
    public string Invite(string roleText, string? placeText)
    {
        var role =
            Places.ParseRole(roleText)
            ?? throw new OperatorException($"Unknown role '{roleText}': use member, officer or admin.");
        var catalogue = stores.Catalogue;
        string? place = role switch
        {
            Role.Member => (
                catalogue.FindVillage(placeText ?? "")
                ?? throw new OperatorException(
                    $"Unknown village '{placeText}'. Villages: "
                        + $"{string.Join(", ", catalogue.Villages().Select(v => v.Name))}"
                )
            ).Id,
            Role.Officer => (
                catalogue.FindCommune(placeText ?? "")
                ?? throw new OperatorException(
                    $"Unknown commune '{placeText}'. Communes: "
                        + $"{string.Join(", ", catalogue.Communes().Select(c => c.Name))}"
                )
            ).Id,
            _ => null,
        };
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = stores.Writer.Write(() =>
            stores.Invitations.Create(role, place, 0, now, bot.Value.InvitationDays)
        );
        // The CLI may run without the service: the username the service learnt from Telegram is stored.
        var link = Channels.Telegram.TelegramIdentity.Link(
            stores.Meta.Get(Channels.Telegram.TelegramIdentity.MetaKey),
            invitation.Id
        );
        return $"code: {invitation.Id}\nrole: {role} "
            + $"{Places.PlaceOf(catalogue, role, place)}\n{(link is null ? "" : $"link: {link}\n")}send to the "
            + $"bot: /start {invitation.Id}\nexpires: "
            + $"{VietnameseDate.Format(DateOnly.FromDateTime(bot.Value.ToLocal(invitation.ExpiresAt)))}";
    }

    public (string Name, byte[] Bytes) Export(string format, string? from, string? to, string? commune)
    {
        var today = DateOnly.FromDateTime(bot.Value.ToLocal(clock.GetUtcNow().UtcDateTime));
        DateOnly? Date(string? text) =>
            text is null ? null
            : VietnameseDate.TryParse(text, today, out var d) == DateProblem.None ? d
            : DateOnly.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out d) ? d
            : throw new OperatorException($"Cannot read the date '{text}' (use 2026-11-01 or 1/11/2026).");
        var communeId = commune is null
            ? null
            : (
                stores.Catalogue.FindCommune(commune) ?? throw new OperatorException($"Unknown commune '{commune}'.")
            ).Id;
        var data = ExportData.Load(stores, bot.Value.Zone, Date(from), Date(to), communeId);
        var baseName = ExportFile.BaseName(communeId, today);
        return format.ToLowerInvariant() switch
        {
            "xlsx" => ($"{baseName}.xlsx", XlsxExport.Write(data, sheets)),
            "csv" => CsvExport.Package(data, sheets, baseName),
            "zip" => ($"{baseName}.zip", Zip(data, baseName)),
            _ => throw new OperatorException("--format must be xlsx, csv or zip."),
        };
    }

    /// <summary>The workbook with photos/ and voice/ beside it; no size cap (nothing goes through a chat).</summary>
    private byte[] Zip(ExportData data, string baseName)
    {
        using var stream = new MemoryStream();
        ZipExport.Write(stream, data, sheets, ExportMedia.Of(stores, data.Reports), baseName + ".xlsx");
        return stream.ToArray();
    }

    public string DigestPreview(string communeText, bool last)
    {
        var commune =
            stores.Catalogue.FindCommune(communeText)
            ?? throw new OperatorException($"Unknown commune '{communeText}'.");
        var week = WeekRange.Containing(clock.GetUtcNow().UtcDateTime, bot.Value.Zone);
        return digests.Build(commune, last ? week.Previous : week).Text;
    }

    /// <summary>
    /// The database copy, then the media folder as "&lt;out&gt;.media.tar". Never over the live database, its log
    /// or its lock (a copy "to" the live file would delete it first).
    /// </summary>
    public string Backup(string outPath)
    {
        var full = Path.GetFullPath(outPath);
        if (stores.Database.FilePath is { } live && DatabasePaths.IsPartOf(live, full))
            throw new OperatorException($"Refusing to write the backup over the live database or its log: {full}");
        var documents = DatabaseBackup.CopyTo(stores, full, storage.Value.Password);
        // Reopening the copy left a lock file beside it; nobody opens a fresh backup, so it can go.
        File.Delete(DatabasePaths.Lock(full));
        var media = MediaBackup.Write(full, Web.MediaStore.FolderFor(storage.Value));
        return $"backup written to {full} ({documents} documents) and {MediaBackup.TarFor(full)} ({media} media files)";
    }
}

public sealed class OperatorException(string message) : Exception(message);
