using System.Collections.Concurrent;

namespace ThanUyen.Bot.Fakes;

/// <summary>
/// The call log: every call the bot made, what each chat received, what people sent, and waits on them
/// that wake on <see cref="Changed"/> and fail with the chat's transcript.
/// </summary>
public abstract partial class FakeServer
{
    private const int TranscriptLines = 120;
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;
    private readonly ConcurrentQueue<Line> _inbound = new();

    /// <summary>Successful sends per chat: tests poll these often, so no scan of every call.</summary>
    private readonly Dictionary<string, List<ApiCall>> _sent = [];

    private int _sentTotal;

    public ConcurrentQueue<ApiCall> Calls { get; } = new();

    /// <summary>Messages put in front of people, all chats together.</summary>
    public int SentTotal => Volatile.Read(ref _sentTotal);

    /// <summary>Pulses after every recorded call and every update a person sends.</summary>
    public Signal Changed { get; } = new();

    /// <summary>Logs a call; <paramref name="delivered"/> when it put a message in front of a person.</summary>
    protected void Record(ApiCall call, bool delivered = false)
    {
        if (delivered)
            lock (_sent)
            {
                if (!_sent.TryGetValue(call.Chat, out var list))
                    _sent[call.Chat] = list = [];
                list.Add(call);
                _sentTotal++;
            }
        Calls.Enqueue(call);
        Changed.Pulse();
    }

    /// <summary>Logs what a person sent, for transcripts.</summary>
    protected void RecordInbound(string chat, string text)
    {
        _inbound.Enqueue(new Line(DateTimeOffset.UtcNow, chat, "← " + text));
        Changed.Pulse();
    }

    public List<ApiCall> Sent(string chat)
    {
        lock (_sent)
            return _sent.TryGetValue(chat, out var list) ? [.. list] : [];
    }

    public int CallsTo(string method) =>
        Calls.Count(c => string.Equals(c.Method, method, StringComparison.OrdinalIgnoreCase));

    /// <summary>Waits until <paramref name="chat"/> has received at least <paramref name="count"/> messages.</summary>
    public Task<List<ApiCall>> WaitForSent(string chat, int count, double seconds = 10) =>
        Eventually.Value(
            () => Sent(chat) is var sent && sent.Count >= count ? sent : null,
            TimeSpan.FromSeconds(seconds),
            $"chat {chat} to have received {count} messages",
            () => Transcript(chat),
            Changed
        );

    /// <summary>Waits for a condition on this server's log; fails with the whole transcript.</summary>
    public Task WaitUntil(Func<bool> condition, string description, double seconds = 10) =>
        Eventually.True(condition, TimeSpan.FromSeconds(seconds), description, Transcript, Changed);

    /// <summary>One chat's conversation: what the person sent (←) and every call made to that chat (→).</summary>
    public string Transcript(string chat) => Render(l => l.Chat == chat, withChat: false);

    /// <summary>Every chat and every call (polls only when they failed), the latest lines.</summary>
    public string Transcript() => Render(_ => true, withChat: true);

    private string Render(Func<Line, bool> include, bool withChat)
    {
        var lines = _inbound
            .Concat(
                Calls
                    .Where(c => c.Method != "getupdates" || c.Status != 200)
                    .Select(c => new Line(
                        c.At,
                        c.Chat,
                        $"→ {c.Method}{(c.Status == 200 ? "" : $" [{c.Status}]")} {c.Text}".TrimEnd()
                    ))
            )
            .Where(include)
            .OrderBy(l => l.At)
            .ToList();
        var shown = lines
            .TakeLast(TranscriptLines)
            .Select(l =>
            {
                var text = l.Text.ReplaceLineEndings(" ⏎ ");
                return $"{(l.At - _started).TotalSeconds, 8:0.000}s {(withChat ? $"[{l.Chat}] " : "")}"
                    + (text.Length > 200 ? text[..200] + "…" : text);
            });
        var skipped = lines.Count > TranscriptLines ? $"({lines.Count - TranscriptLines} earlier lines)\n" : "";
        return skipped + string.Join('\n', shown);
    }

    private sealed record Line(DateTimeOffset At, string Chat, string Text);
}
