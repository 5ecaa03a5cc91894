using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Media;

namespace ThanUyen.Bot.Core.Spoken;

/// <summary>
/// A recording is kept in the media folder as well as by its file id: a platform file is queued on the media
/// fetch queue (the same one report photos and voice notes use, same caps and retries); a replaced or deleted
/// recording's kept file gets the grace reports' dropped files get, then goes.
/// </summary>
public static class VoicePromptFiles
{
    public static void Keep(Turn turn, VoicePrompt prompt)
    {
        if (prompt.MediaId is { } token)
            turn.Stores.Media.SetExpiry(token, null);
        if (prompt.FileId is { } fileId)
            turn.Stores.MediaFetches.Queue(
                new MediaFetch
                {
                    Id = fileId,
                    Channel = turn.Chat.Channel,
                    Kind = MediaKind.Voice,
                    ReportCode = $"cau-hoi-{prompt.FlowId}-{prompt.StepKey}",
                    CreatedAt = turn.Now,
                    NextAttemptAt = turn.Now,
                }
            );
    }

    public static void Dropped(Turn turn, VoicePrompt? prompt)
    {
        if (prompt is null)
            return;
        if (prompt.FileId is { } fileId)
            turn.Stores.MediaFetches.Cancel(fileId);
        var token = prompt.MediaId ?? (prompt.FileId is { } id ? ReportMedia.KeptToken(turn.Stores, id) : null);
        if (token is not null)
            turn.Stores.Media.SetExpiry(token, turn.Now + MediaKeeping.UnusedGrace);
    }
}
