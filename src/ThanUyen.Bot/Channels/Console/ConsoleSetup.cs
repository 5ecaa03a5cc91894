using Microsoft.Extensions.Logging.Console;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Channels.Console;

public static class ConsoleSetup
{
    public static IServiceCollection AddConsoleChannel(this IServiceCollection services, IConfiguration configuration)
    {
        // The terminal: any length, numbered choices, documents written to a file.
        services.AddSingleton(
            new ChannelCapabilities(ChatAddress.ConsoleLocal.Channel)
            {
                MaxText = 100_000,
                MaxCaption = 100_000,
                Files = true,
            }
        );
        var options = configuration.GetSection(ConsoleOptions.Section).Get<ConsoleOptions>() ?? new ConsoleOptions();
        if (!options.Enabled)
            return services;
        services.AddSingleton(options);
        services.TryAddConsoleIO();
        services.AddSingleton<ConsoleChannel>();
        services.AddSingleton<IChatChannel>(sp => sp.GetRequiredService<ConsoleChannel>());
        services.AddHostedService<ConsoleReader>();
        // The terminal is the chat: logs go to stderr so stdout holds only the conversation.
        services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        services.PostConfigure<BotOptions>(o =>
        {
            if (!o.Admins.Contains(ChatAddress.ConsoleLocal.ToString()))
                o.Admins.Add(ChatAddress.ConsoleLocal.ToString());
        });
        return services;
    }

    private static void TryAddConsoleIO(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(ConsoleIO)))
            services.AddSingleton(ConsoleIO.Standard());
    }
}
