using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Workers;

/// <summary>
/// Runs before the channels start: seed the catalogue on a fresh database, make configured admins admins.
/// </summary>
public sealed class StartupTasks(
    Stores stores,
    IOptions<BotOptions> options,
    TimeProvider clock,
    ILogger<StartupTasks> log
) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var bot = options.Value;
        if (CatalogueSeeder.Seed(stores, CatalogueFile.Load(bot.ResolvedCataloguePath), now, bot.Demo))
            log.LogInformation("Seeded the catalogue from {Path}", bot.ResolvedCataloguePath);
        var members = stores.Members;
        stores.Writer.Write(() =>
        {
            foreach (var address in bot.Admins.Select(ChatAddress.Parse))
            {
                var member =
                    members.FindByAddress(address)
                    ?? new Member
                    {
                        Name = "Quản trị viên",
                        JoinedAt = now,
                        Addresses = [address.ToString()],
                    };
                if (member is { Id: > 0, Role: Role.Admin, Active: true })
                    continue;
                member.Role = Role.Admin;
                member.Active = true;
                members.Save(member);
            }
        });
        log.LogInformation(
            "Database ready at {Path} with {Members} members",
            stores.Database.FilePath ?? ":memory:",
            members.Count()
        );
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class StartupTasksExtensions
{
    public static IServiceCollection AddStartupTasks(this IServiceCollection services) =>
        services
            .AddHostedService<StorageFailureWatcher>()
            .AddHostedService<StartupTasks>()
            .AddHostedService<MemoryTrimmer>();
}
