using Microsoft.Extensions.DependencyInjection.Extensions;
using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Workers;

public static class OutboxSetup
{
    public static IServiceCollection AddOutboxSender(this IServiceCollection services, IConfiguration configuration)
    {
        services
            .AddOptions<OutboxOptions>()
            .Bind(configuration.GetSection(OutboxOptions.Section))
            .Validate(
                o =>
                    o.MaxAttempts >= 1
                    && o.Concurrency >= 1
                    && o.TelegramPerSecond > 0
                    && o.TelegramPerChatPerSecond > 0,
                "Outbox: MaxAttempts, Concurrency and the rates must be positive."
            )
            .ValidateOnStart();
        services.Replace(ServiceDescriptor.Singleton<IChatActivity, Channels.ChatActivity>());
        services.AddHostedService<OutboxSender>();
        services.AddHostedService<Scheduler>();
        services.AddHostedService<InboxDrainer>();
        return services;
    }
}
