using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Tests.Infra;

/// <summary>
/// The real core (engine, flows, commands) on a real LiteDB file with a fake clock, without HTTP:
/// fast transcript tests. "Restart" disposes everything and reopens the same file.
/// </summary>
public sealed class TestBot : IDisposable
{
    private readonly TempFolder? _folder;
    private readonly string _path;
    private readonly Dictionary<string, string?> _settings;
    private ServiceProvider _services;
    private int _delivery;

    public FakeTimeProvider Clock { get; }
    public BotDatabase Db => _services.GetRequiredService<BotDatabase>();
    public Stores Stores => _services.GetRequiredService<Stores>();
    public DatabaseWriter Writer => _services.GetRequiredService<DatabaseWriter>();
    public ConversationEngine Engine => _services.GetRequiredService<ConversationEngine>();
    public IServiceProvider Services => _services;

    /// <summary>Starts 2026-11-25 09:00 Vietnam time (a Wednesday).</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    public TestBot(
        string? databasePath = null,
        Dictionary<string, string?>? settings = null,
        DateTimeOffset? start = null,
        Action<IServiceCollection>? configure = null
    )
    {
        _configure = configure;
        if (databasePath is null)
        {
            _folder = new TempFolder();
            databasePath = _folder.File("bot.db");
        }
        _path = databasePath;
        _settings = settings ?? [];
        Clock = new FakeTimeProvider(start ?? Start);
        _services = Build();
    }

    /// <summary>Extra registrations (a test-only report kind, an observer), applied at every (re)start.</summary>
    private readonly Action<IServiceCollection>? _configure;

    private ServiceProvider Build()
    {
        var config = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = _path,
            ["Bot:Admins:0"] = People.Admin.Address.ToString(),
            // The example works many transcripts report on; a production database has none (RegisterSeedTests).
            ["Bot:Demo"] = "true",
        };
        foreach (var (k, v) in _settings)
            config[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(config).Build();
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddThanUyenBotCore(configuration);
        services.AddSingleton<TimeProvider>(Clock);
        _configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        var stores = provider.GetRequiredService<Stores>();
        var options = provider.GetRequiredService<IOptions<BotOptions>>().Value;
        CatalogueSeeder.Seed(
            stores,
            CatalogueFile.Load(options.ResolvedCataloguePath),
            Clock.GetUtcNow().UtcDateTime,
            options.Demo
        );
        if (stores.Members.FindByAddress(People.Admin.Address) is null)
            stores.Writer.Write(() =>
                stores.Members.Save(
                    new Member
                    {
                        Name = "Admin",
                        Role = Role.Admin,
                        Addresses = [People.Admin.Address.ToString()],
                    }
                )
            );
        return provider;
    }

    public void Restart()
    {
        _services.Dispose();
        _services = Build();
    }

    /// <summary>What the last delivered press was answered with as a toast (a stale button), or null.</summary>
    public string? LastToast { get; private set; }

    /// <summary>
    /// Delivers a message as the channel would, in its own transaction, and returns the replies it caused.
    /// </summary>
    public List<OutgoingMessage> Deliver(IncomingMessage message)
    {
        var before = LastOutboxId();
        LastToast = null;
        Writer.Write(() =>
        {
            Engine.Handle(message, out var toast);
            LastToast = toast;
        });
        return Db
            .Outbox.Find(LiteDB.Query.GT("_id", before))
            .Where(m => m.Chat == message.Chat.ToString())
            .OrderBy(m => m.Id)
            .ToList();
    }

    /// <summary>An index seek, not a count: the fuzz suite sends tens of thousands of messages.</summary>
    private int LastOutboxId() =>
        Db.Outbox.Find(LiteDB.Query.All(LiteDB.Query.Descending), limit: 1).FirstOrDefault()?.Id ?? 0;

    public List<OutgoingMessage> Say(Person person, string text) =>
        Deliver(
            new IncomingMessage(person.Address, NextId(), MessageKind.Text) { Text = text, SenderName = person.Name }
        );

    public List<OutgoingMessage> Press(Person person, string data) =>
        Deliver(
            new IncomingMessage(person.Address, NextId(), MessageKind.Button)
            {
                ButtonData = data,
                SenderName = person.Name,
            }
        );

    public List<OutgoingMessage> Send(Person person, MessageKind kind, Func<IncomingMessage, IncomingMessage> fill) =>
        Deliver(fill(new IncomingMessage(person.Address, NextId(), kind) { SenderName = person.Name }));

    public string NextId() => $"test:{Interlocked.Increment(ref _delivery)}:{Guid.NewGuid():N}";

    /// <summary>Registers a person through a real invitation and /start, as they would.</summary>
    public void Register(Person person, Role role, string? place)
    {
        var args = role switch
        {
            Role.Admin => "admin",
            Role.Officer => $"officer {place}",
            _ => $"member {place}",
        };
        var reply = Say(People.Admin, $"/invite {args}").Single().Text;
        var code = reply.Split('\n').Select(l => l.Trim()).First(InvitationCodes.LooksLikeCode);
        Say(person, $"/start {code}");
    }

    public void Dispose()
    {
        _services.Dispose();
        _folder?.Dispose();
    }
}
