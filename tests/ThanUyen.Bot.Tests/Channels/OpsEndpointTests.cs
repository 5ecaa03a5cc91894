using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Cli;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>
/// /ops/* is the CLI's way into the running service: a caller without the key, or from another machine, is
/// turned away before the service reads a byte of what it sent.
/// </summary>
public sealed class OpsEndpointTests : IAsyncLifetime
{
    private const string RemoteHeader = "X-Test-Remote-Ip";
    private readonly TempFolder _folder = new();
    private readonly BodyMeter _meter = new();
    private BotHost _host = null!;
    private OpsChannel _ops = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync(
            null,
            _folder.File("bot.db"),
            services: s => s.AddSingleton<IStartupFilter>(new Pretend(_meter))
        );
        _ops = JsonSerializer.Deserialize<OpsChannel>(await File.ReadAllTextAsync(_folder.File("bot.db") + ".ops"))!;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    private async Task<HttpStatusCode> Post(string key, HttpContent body, string? remoteIp = null)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(_ops.Url), "/ops/invite"))
        {
            Content = body,
        };
        request.Headers.Add(OpsChannel.Header, key);
        if (remoteIp is not null)
            request.Headers.Add(RemoteHeader, remoteIp);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_wrong_key_with_a_large_garbage_body_gets_401_without_the_body_being_read()
    {
        var garbage = new ByteArrayContent(new byte[2 * 1024 * 1024]);
        garbage.Headers.ContentType = new("application/json");
        Assert.Equal(HttpStatusCode.Unauthorized, await Post("wrong", garbage));
        Assert.Equal(0, _meter.BytesRead);
    }

    [Fact]
    public async Task A_caller_from_another_address_gets_403_even_with_the_key()
    {
        var body = JsonContent(new { role = "admin" });
        Assert.Equal(HttpStatusCode.Forbidden, await Post(_ops.Key, body, remoteIp: "203.0.113.7"));
        Assert.Equal(0, _meter.BytesRead);
        Assert.Equal(0, _host.Db.Invitations.Count());
    }

    [Fact]
    public async Task The_right_key_from_this_machine_runs_the_verb()
    {
        Assert.Equal(HttpStatusCode.OK, await Post(_ops.Key, JsonContent(new { role = "admin" })));
        Assert.Equal(1, _host.Db.Invitations.Count());
    }

    private static StringContent JsonContent(object value) =>
        new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");

    /// <summary>
    /// Test-only middleware, first in the pipeline: counts the request body bytes the app reads, and plays a
    /// caller from another machine (Kestrel here only listens on 127.0.0.1, so the address is set by hand).
    /// </summary>
    private sealed class Pretend(BodyMeter meter) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
            app =>
            {
                app.Use(
                    async (context, nextMiddleware) =>
                    {
                        if (context.Request.Headers.TryGetValue(RemoteHeader, out var ip))
                            context.Connection.RemoteIpAddress = IPAddress.Parse(ip.ToString());
                        if (context.Request.Path.StartsWithSegments("/ops"))
                            context.Request.Body = new CountingStream(context.Request.Body, meter);
                        await nextMiddleware(context);
                    }
                );
                next(app);
            };
    }

    private sealed class BodyMeter
    {
        private long _read;
        public long BytesRead => Interlocked.Read(ref _read);

        public void Add(int n) => Interlocked.Add(ref _read, n);
    }

    private sealed class CountingStream(Stream inner, BodyMeter meter) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            meter.Add(n);
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
        {
            var n = await inner.ReadAsync(buffer, ct);
            meter.Add(n);
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
            ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
