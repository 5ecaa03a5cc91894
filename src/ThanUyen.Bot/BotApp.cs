using ThanUyen.Bot.Channels.Console;
using ThanUyen.Bot.Channels.Telegram;
using ThanUyen.Bot.Channels.Zalo;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Web;
using ThanUyen.Bot.Workers;

namespace ThanUyen.Bot;

/// <summary>The table of contents: what the service is made of. Tests build the same app with overrides.</summary>
public static class BotApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Settings: appsettings.json in the working folder, user-secrets, environment (Telegram__BotToken), command
        // line.
        args = DemoSwitch.Expand(args);
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddUserSecrets(typeof(BotApp).Assembly, optional: true);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        builder.Host.UseSystemd();
        configure?.Invoke(builder);

        builder.Services.AddThanUyenBotCore(builder.Configuration);
        builder.Services.AddSingleton<Channels.ChannelHealth>();
        var c = builder.Configuration;
        builder.Services.AddSingleton(
            new Channels.SecretScrubber([
                c["Telegram:BotToken"],
                c["Telegram:WebhookSecret"],
                c["Zalo:BotToken"],
                c["Zalo:WebhookSecret"],
            ])
        );
        builder.Services.AddSingleton<Channels.PlatformRetry>();
        builder.Services.AddStartupTasks();
        builder.Services.AddOutboxSender(builder.Configuration);
        builder.Services.AddConsoleChannel(builder.Configuration);
        builder.Services.AddTelegram(builder.Configuration);
        builder.Services.AddZalo(builder.Configuration);
        builder.Services.Configure<WebOptions>(builder.Configuration.GetSection(WebOptions.Section));
        builder.Services.AddSingleton<MediaStore>();
        builder.Services.AddWebView(builder.Configuration);
        // Request lines would carry /web/login/<one-time secret>: never at Information.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

        builder.Services.AddSingleton<Cli.OperatorActions>();

        var app = builder.Build();
        // Open the database (and take its lock) before anything listens: a second process stops here.
        app.Services.GetRequiredService<Core.Storage.BotDatabase>();
        app.MapHealth();
        app.MapOps();
        app.MapTelegramWebhook();
        Channels.Zalo.ZaloWebhook.Map(app);
        MediaStore.Map(app);
        app.MapWebView();
        return app;
    }
}
