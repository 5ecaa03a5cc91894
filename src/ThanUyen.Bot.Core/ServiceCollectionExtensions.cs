using Cronos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Commands;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Flows;
using ThanUyen.Bot.Core.Register;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reports.Export;
using ThanUyen.Bot.Core.Reports.Kinds.Meeting;
using ThanUyen.Bot.Core.Reports.Kinds.Progress;
using ThanUyen.Bot.Core.Reports.Kinds.Sale;
using ThanUyen.Bot.Core.Reviews;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core;

public static class ServiceCollectionExtensions
{
    /// <summary>The platform-free core: database, engine, flows, commands, outbox.</summary>
    public static IServiceCollection AddThanUyenBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services
            .AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(
                o => !string.IsNullOrWhiteSpace(o.DatabasePath),
                "Storage:DatabasePath must name a file (or ':memory:')."
            )
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new BotDatabase(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetService<IStorageObserver>()
        ));
        services.AddSingleton<DatabaseWriter>();
        services.AddSingleton<ChannelDirectory>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<Stores>();
        services.AddSingleton(sp => sp.GetRequiredService<Stores>().Inbox);
        services.AddSingleton<ReportKinds>();
        services.AddSingleton(sp => new ExportSheets(
            sp.GetRequiredService<ReportKinds>(),
            sp.GetRequiredService<Stores>().Catalogue
        ));
        services.AddSingleton<DigestBuilder>();
        services.AddSingleton<FlowRunner>();
        services.AddSingleton<CommandRegistry>();
        services.AddSingleton<FreeText>();
        services.AddSingleton<MenuCommands>();
        services.TryAddSingleton<IChatActivity, NoChatActivity>();
        services.AddSingleton<ConversationEngine>();
        services.AddSingleton<InboxProcessor>();
        services.AddSingleton<InvitationIssuer>();
        services
            .AddOptions<DigestOptions>()
            .Bind(configuration.GetSection(DigestOptions.Section))
            .Validate(
                o => CronExpression.TryParse(o.Schedule, out _),
                "Digest:Schedule is not a valid cron expression (5 fields, e.g. '0 7 * * 1')."
            )
            .ValidateOnStart();
        services
            .AddOptions<ReminderOptions>()
            .Bind(configuration.GetSection(ReminderOptions.Section))
            .Validate(
                o => CronExpression.TryParse(o.Schedule, out _),
                "Reminders:Schedule is not a valid cron expression (5 fields, e.g. '0 17 * * 5')."
            )
            .ValidateOnStart();
        services.AddSingleton<DigestService>();
        services.AddSingleton<ReportAnswers>();
        services.AddSingleton<ScheduledJobs>();

        // The report kinds, in the order digests and exports show them: one line each.
        services.AddReportKind<MeetingKind, MeetingReportFlow>();
        services.AddReportKind<ProgressKind, InfrastructureProgressFlow>();
        services.AddReportKind<SaleKind, SaleReportFlow>();
        services.AddSingleton<IFlow, InviteFlow>();
        services.AddSingleton<IFlow, BroadcastFlow>();
        services.AddSingleton<IFlow, Spoken.VoicePromptFlow>();
        services.AddReviews(configuration);

        services.AddSingleton<ICommand, StartCommand>();
        services.AddSingleton<ICommand, HelpCommand>();
        services.AddSingleton<ICommand, MenuCommand>();
        services.AddSingleton<ICommand, InviteCommand>();
        services.AddSingleton<ICommand, MyReportsCommand>();
        services.AddSingleton<ICommand, EditCommand>();
        services.AddSingleton<ICommand, ViewCommand>();
        services.AddSingleton<ICommand, DigestCommand>();
        services.AddSingleton<ICommand, RemindCommand>();
        services.AddSingleton<ICommand, MembersCommand>();
        services.AddSingleton<ICommand, LinkCommand>();
        services.AddSingleton<ICommand, MemberCommand>();
        services.AddSingleton<ICommand, RoleCommand>();
        services.AddSingleton<ICommand, RemoveCommand>();
        services.AddSingleton<ICommand, InvitesCommand>();
        services.AddSingleton<ICommand, RevokeCommand>();
        services.AddSingleton<ICommand, SubProjectsCommand>();
        services.AddSingleton<ICommand, SubProjectCommand>();
        services.AddSingleton<ICommand, ModelsCommand>();
        services.AddSingleton<ICommand, ExportCommand>();
        services.AddSingleton<ICommand, Spoken.VoicePromptCommand>();
        services.AddSingleton<ICommand, Spoken.SpokenCommand>();
        services.AddSingleton<ICommand, BroadcastCommand>();
        services.AddSingleton<ICommand, StatsCommand>();
        services.AddSingleton<ICommand, AuditCommand>();
        services.AddRegister(configuration);
        services.AddOptions<Media.MediaOptions>().Bind(configuration.GetSection(Media.MediaOptions.Section));
        services.AddOptions<WebLinkOptions>().Bind(configuration.GetSection(WebLinkOptions.Section));
        services.AddSingleton<ICommand, WebCommand>();
        return services;
    }
}
