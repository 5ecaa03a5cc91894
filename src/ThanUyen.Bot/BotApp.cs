using ThanUyen.Bot.Channels.Console;
using ThanUyen.Bot.Channels.Telegram;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Web;
using ThanUyen.Bot.Workers;

namespace ThanUyen.Bot;

/// <summary>The table of contents: what the service is made of. Tests build the same app with overrides.</summary>
public static class BotApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Settings: appsettings.json in the working folder, user-secrets, environment (Telegram__BotToken), command line.
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddUserSecrets(typeof(BotApp).Assembly, optional: true);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls("http://127.0.0.1:5080");
        builder.Host.UseSystemd();
        configure?.Invoke(builder);

        builder.Services.AddThanUyenBotCore(builder.Configuration);
        builder.Services.AddStartupTasks();
        builder.Services.AddOutboxSender(builder.Configuration);
        builder.Services.AddConsoleChannel(builder.Configuration);
        builder.Services.AddTelegram(builder.Configuration);

        builder.Services.AddSingleton<Cli.OperatorActions>();

        var app = builder.Build();
        app.MapHealth();
        app.MapOps();
        return app;
    }
}
