using System.Globalization;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reviews;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web.Access;
using static ThanUyen.Bot.Web.Html.Tags;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Web.Pages;

/// <summary>
/// A decision from a report's page: one write on the writer, as a chat turn of the signed-in person, through
/// <see cref="ReviewDesk.DecideElsewhere"/> — the chat's rules and effects (the reporter is told in chat through
/// the outbox, exactly as when a card's button decides). Done: back to the report. Refused: why, in the chat's
/// words, with the status that fits (404 another commune's or gone, 403 one's own, 409 decided or edited
/// meanwhile, 400 a missing or too long comment).
/// </summary>
public static class ReviewEndpoint
{
    public static void MapReview(this RouteGroupBuilder pages) =>
        pages.MapPost("/reports/{code}/review", DecideAsync).AddEndpointFilter<AntiforgeryFilter>();

    private static async Task<IResult> DecideAsync(
        string code,
        WebViewer viewer,
        HttpRequest request,
        Stores stores,
        ReviewDesk desk,
        ChannelDirectory channels,
        OutboxSignal outbox,
        IOptions<BotOptions> bot,
        TimeProvider clock
    )
    {
        var form = await request.ReadFormAsync();
        var version = int.TryParse(form["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : -1;
        var button = new ReviewButton(ReportStore.Normalize(code), version, form["decision"].ToString(), false);
        var comment = form["comment"].ToString();
        var now = clock.GetUtcNow().UtcDateTime;
        var outcome = await stores.Writer.WriteAsync(() =>
        {
            // The person's own turn, on an address of its own: its replies are this page's answer, not messages.
            var here = new ChatAddress("web", viewer.Member.Id.ToString(CultureInfo.InvariantCulture));
            var turn = new Turn(
                new IncomingMessage(here, $"web:{Guid.NewGuid():N}", MessageKind.Button),
                viewer.Member,
                now,
                stores,
                bot.Value,
                channels
            )
            {
                Reviews = desk,
            };
            var outcome = desk.DecideElsewhere(turn, button, comment);
            foreach (var message in turn.Outgoing.Where(m => m.Chat != here.ToString()))
                stores.Outbox.Add(message);
            turn.Queued();
            return outcome;
        });
        if (outcome.Done)
        {
            outbox.Notify();
            return new SeeOther($"/web/reports/{button.Code}#duyet");
        }
        var (text, status) = outcome.Kind switch
        {
            ReviewRefusal.NotFound => (outcome.Text, StatusCodes.Status404NotFound),
            ReviewRefusal.OwnReport => (outcome.Text, StatusCodes.Status403Forbidden),
            ReviewRefusal.EditedSince => (T.WebEditedSince(button.Code), StatusCodes.Status409Conflict),
            ReviewRefusal.Decided => (outcome.Text, StatusCodes.Status409Conflict),
            _ => (outcome.Text, StatusCodes.Status400BadRequest),
        };
        var back =
            outcome.Kind == ReviewRefusal.NotFound
                ? H($"<p><a href=\"/web/reports\">{T.WebNavReports}</a></p>")
                : H($"<p><a href=\"/web/reports/{button.Code}\">{T.WebBackToReport(button.Code)}</a></p>");
        return Layout.Bare(T.WebReviewRefused, H($"<p class=\"notice\">{text}</p>{back}"), status);
    }
}
