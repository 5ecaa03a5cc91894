using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace ThanUyen.Bot.Cli;

/// <summary>
/// How the CLI reaches a running service: the service writes "&lt;database&gt;.ops" (its local URL and a random
/// key, owner-readable only) at start and removes it at stop. One process owns the LiteDB file; the CLI
/// asks that process rather than opening the file a second time.
/// </summary>
public sealed record OpsChannel(string Url, string Key)
{
    public const string Header = "X-Ops-Key";

    public static string PathFor(string databasePath) => Path.GetFullPath(databasePath) + ".ops";

    public static OpsChannel Create(string url) => new(url, Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));

    public void Write(string databasePath)
    {
        // Written beside and renamed into place: a CLI reading at the same moment sees the whole file or none.
        var path = PathFor(databasePath);
        var temp = path + ".tmp";
        File.Delete(temp);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temp, options))
            JsonSerializer.Serialize(stream, this);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// The running service's channel, or null when nothing answers for this database. Any HTTP answer counts
    /// as running: a 503 from /healthz is a service with a problem, still holding the file. The database lock
    /// stays the final word for anything that would open the file directly.
    /// </summary>
    public static async Task<OpsChannel?> FindRunningAsync(string databasePath)
    {
        var path = PathFor(databasePath);
        if (!File.Exists(path))
            return null;
        OpsChannel? ops;
        try
        {
            ops = JsonSerializer.Deserialize<OpsChannel>(await File.ReadAllTextAsync(path));
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null;
        }
        if (ops is null || !Uri.TryCreate(ops.Url, UriKind.Absolute, out var url))
            return null;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var _ = await http.GetAsync(new Uri(url, "/healthz"));
            return ops;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>Removes the file at stop, unless another process has written its own since.</summary>
    public void RemoveIfOurs(string databasePath)
    {
        var path = PathFor(databasePath);
        try
        {
            if (File.Exists(path) && File.ReadAllText(path).Contains(Key, StringComparison.Ordinal))
                File.Delete(path);
        }
        catch (IOException) { }
    }

    public async Task<HttpResponseMessage> PostAsync(string verb, object body)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(Url), $"/ops/{verb}"))
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Add(Header, Key);
        return await http.SendAsync(request);
    }
}
