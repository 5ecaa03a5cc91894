using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Cli;

/// <summary>
/// The core services on the configured database, read from the same settings as the service, without the channels.
/// </summary>
public sealed class OperatorServices : IDisposable
{
    private readonly ServiceProvider _provider;
    public IConfiguration Configuration { get; }

    public OperatorServices()
    {
        Configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddUserSecrets(typeof(OperatorServices).Assembly, optional: true)
            .AddEnvironmentVariables()
            .Build();
        _provider = new ServiceCollection().AddLogging().AddThanUyenBotCore(Configuration).BuildServiceProvider();
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public BotDatabase Db => Get<BotDatabase>();
    public BotOptions Bot => Get<IOptions<BotOptions>>().Value;
    public StorageOptions Storage => Get<IOptions<StorageOptions>>().Value;

    public void Dispose() => _provider.Dispose();
}
