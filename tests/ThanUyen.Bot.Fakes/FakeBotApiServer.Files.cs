using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ThanUyen.Bot.Fakes;

/// <summary>
/// Files people send: <see cref="AddFile"/> stores bytes under a file id; getFile answers its file_path and
/// GET /file/bot{token}/{path} serves the bytes, as Telegram's file download does. Any kind of file
/// (documents, photos) goes through the same two calls.
/// </summary>
public sealed partial class FakeBotApiServer
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new();

    /// <summary>How many times each file was downloaded.</summary>
    public ConcurrentDictionary<string, int> Downloads { get; } = new();

    /// <summary>
    /// Files whose next downloads answer 404, as a file_path that expired (Telegram keeps one an hour): the count
    /// of such answers left per file id.
    /// </summary>
    public ConcurrentDictionary<string, int> ExpiredDownloads { get; } = new();

    public void AddFile(string fileId, byte[] bytes) => _files[fileId] = bytes;

    private static void MapFiles(WebApplication app, FakeBotApiServer server) =>
        app.MapGet(
            "/file/bot{token}/{**path}",
            (string token, string path) =>
            {
                var id = path.StartsWith("files/", StringComparison.Ordinal) ? path["files/".Length..] : path;
                if (token != Token || !server._files.TryGetValue(id, out var bytes))
                    return Results.NotFound();
                if (server.ExpiredDownloads.TryGetValue(id, out var left) && left > 0)
                {
                    server.ExpiredDownloads[id] = left - 1;
                    return Results.NotFound();
                }
                server.Downloads.AddOrUpdate(id, 1, (_, n) => n + 1);
                return Results.Bytes(bytes, "application/octet-stream");
            }
        );

    private JsonObject? GetFile(JsonObject body)
    {
        var id = body["file_id"]?.ToString() ?? "";
        return _files.TryGetValue(id, out var bytes)
            ? new JsonObject
            {
                ["file_id"] = id,
                ["file_unique_id"] = "u" + id,
                ["file_size"] = bytes.Length,
                ["file_path"] = "files/" + id,
            }
            : null;
    }

    /// <summary>A person sends a file (a document message); the bytes are served by getFile.</summary>
    public JsonObject UserSendsDocument(long chatId, string fileId, string fileName, byte[] bytes, long? size = null)
    {
        AddFile(fileId, bytes);
        return Message(
            chatId,
            "Lò Văn A",
            m =>
                m["document"] = new JsonObject
                {
                    ["file_id"] = fileId,
                    ["file_unique_id"] = "u" + fileId,
                    ["file_name"] = fileName,
                    ["mime_type"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    ["file_size"] = size ?? bytes.Length,
                }
        );
    }
}
