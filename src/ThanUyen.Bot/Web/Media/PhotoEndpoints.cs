using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Media;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web.Access;
using ThanUyen.Bot.Web.Pages;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Web.Media;

/// <summary>
/// A report's photos and voice notes by report code and position (no file token in pages): whoever reads the
/// report sees and hears them, nobody else. Photos do not change, so browsers keep them (privately) for a day.
/// </summary>
public static class PhotoEndpoints
{
    public static void MapPhotos(this RouteGroupBuilder pages)
    {
        pages.MapGet(
            "/photo/{code}/{index:int}",
            (string code, int index, WebViewer viewer, HttpContext http, Stores stores, PhotoFiles files) =>
                Serve(code, index, viewer, http, stores, files, null)
        );
        pages.MapGet(
            "/photo/{code}/{index:int}/thumb",
            (
                string code,
                int index,
                WebViewer viewer,
                HttpContext http,
                Stores stores,
                PhotoFiles files,
                Thumbnails thumbs
            ) => Serve(code, index, viewer, http, stores, files, thumbs)
        );
        pages.MapGet(
            "/voice/{code}/{index:int}",
            (string code, int index, WebViewer viewer, HttpContext http, Stores stores, PhotoFiles files) =>
                ServeVoice(code, index, viewer, http, stores, files)
        );
    }

    /// <summary>A report's kept voice note by position among its voice answers, for its page's player.</summary>
    private static IResult ServeVoice(
        string code,
        int index,
        WebViewer viewer,
        HttpContext http,
        Stores stores,
        PhotoFiles files
    )
    {
        var report = stores.Reports.Find(code);
        var voices = report is null ? [] : ReportMedia.Voices(report);
        if (report is null || !Scope.CanSeeReport(viewer.Member, report) || index < 0 || index >= voices.Count)
            return Layout.Notice(T.WebNotFound, null, StatusCodes.Status404NotFound);
        if (files.Open(voices[index].Reference) is not { } file)
            return Layout.Notice(T.WebNotFound, null, StatusCodes.Status404NotFound);
        http.Response.Headers.CacheControl = "private, max-age=86400";
        http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.ImagePolicy;
        return Results.File(file.Path, file.ContentType, enableRangeProcessing: true);
    }

    private static IResult Serve(
        string code,
        int index,
        WebViewer viewer,
        HttpContext http,
        Stores stores,
        PhotoFiles files,
        Thumbnails? thumbs
    )
    {
        var report = stores.Reports.Find(code);
        var refs = report?.Facts?.PhotoFileIds ?? [];
        if (report is null || !Scope.CanSeeReport(viewer.Member, report) || index < 0 || index >= refs.Count)
            return Layout.Notice(T.WebNotFound, null, StatusCodes.Status404NotFound);
        if (files.Open(refs[index]) is not { } file)
            return Layout.Notice(T.WebNotFound, null, StatusCodes.Status404NotFound);
        var path = thumbs is null ? file.Path : thumbs.For(file.Token, file.Path);
        if (path is null)
            return Layout.Notice(T.WebNotFound, null, StatusCodes.Status404NotFound);
        http.Response.Headers.CacheControl = "private, max-age=86400";
        http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.ImagePolicy;
        return Results.File(path, thumbs is null ? file.ContentType : "image/jpeg");
    }
}
