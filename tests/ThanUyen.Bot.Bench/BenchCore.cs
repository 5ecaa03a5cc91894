using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Bench;

/// <summary>
/// The platform-free core on a fresh LiteDB file with the catalogue seeded: for the engine-level scenarios.
/// </summary>
public static class BenchCore
{
    public static ServiceProvider Start(string databasePath, bool durable = true)
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["Storage:DatabasePath"] = databasePath,
                    ["Storage:DurableCommits"] = durable ? "true" : "false",
                }
            )
            .Build();
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddThanUyenBotCore(config)
            .BuildServiceProvider();
        var bot = services.GetRequiredService<IOptions<BotOptions>>().Value;
        CatalogueSeeder.Seed(
            services.GetRequiredService<Stores>(),
            CatalogueFile.Load(bot.ResolvedCataloguePath),
            DateTime.UtcNow,
            demo: true
        );
        return services;
    }
}
