using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Commands;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Reviews;

public static class ReviewSetup
{
    /// <summary>Officers review reports: settings, cards, the command, the comment question, the jobs.</summary>
    public static IServiceCollection AddReviews(this IServiceCollection services, IConfiguration configuration)
    {
        services
            .AddOptions<ReviewOptions>()
            .Bind(configuration.GetSection(ReviewOptions.Section))
            .Validate(o => o.DailyHour is >= 0 and <= 23, "Review:DailyHour must be an hour from 0 to 23.")
            .Validate(o => o.NudgeAfterDays >= 1, "Review:NudgeAfterDays must be 1 or more.")
            .Validate(
                o => o.DigestCounts.ToLowerInvariant() is "all" or "approved",
                "Review:DigestCounts must be 'all' or 'approved'."
            )
            .ValidateOnStart();
        services.AddSingleton<ReviewCards>();
        services.AddSingleton<ReviewDesk>();
        services.AddSingleton<ReviewJobs>();
        services.AddSingleton<ReviewFigures>();
        services.AddSingleton<IFlow, ReviewFlow>();
        services.AddSingleton<ICommand, ReviewCommand>();
        return services;
    }
}
