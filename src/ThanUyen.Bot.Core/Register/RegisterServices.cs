using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Commands;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Register;

public static class RegisterServices
{
    /// <summary>The register, its spreadsheet, /target, /project and the period report.</summary>
    public static IServiceCollection AddRegister(this IServiceCollection services, IConfiguration configuration)
    {
        services
            .AddOptions<RegisterOptions>()
            .Bind(configuration.GetSection(RegisterOptions.Section))
            .Validate(
                o => o.MaxFileBytes is >= 1024 and <= 20 * 1024 * 1024,
                "Register:MaxFileBytes must be 1 KB to 20 MB."
            )
            .ValidateOnStart();
        services.AddSingleton<IFlow, RegisterImportFlow>();
        services.AddSingleton<ICommand, RegisterCommand>();
        services.AddSingleton<ICommand, TargetCommand>();
        services.AddSingleton<ICommand, ProjectCommand>();
        services.AddSingleton<ICommand, ReportCommand>();
        return services;
    }
}
