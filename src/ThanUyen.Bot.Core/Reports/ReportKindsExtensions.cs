using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Reports;

public static class ReportKindsExtensions
{
    /// <summary>The one line that makes a report kind exist: its flow answers, its kind shows the reports.</summary>
    public static IServiceCollection AddReportKind<TKind, TFlow>(this IServiceCollection services)
        where TKind : class, IReportKind
        where TFlow : class, IFlow
    {
        services.AddSingleton<TKind>();
        services.AddSingleton<IReportKind>(sp => sp.GetRequiredService<TKind>());
        services.AddSingleton<IFlow, TFlow>();
        return services;
    }
}
