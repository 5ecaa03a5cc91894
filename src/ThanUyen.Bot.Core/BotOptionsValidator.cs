using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Core;

/// <summary>Stops the service at start with a message naming the bad setting.</summary>
public sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var errors = new List<string>();
        foreach (var admin in options.Admins.Where(a => !ChatAddress.TryParse(a, out _)))
            errors.Add(
                $"Bot:Admins has '{admin}', which is not a chat address '<channel>:<id>' "
                    + $"(for example '{ChatAddress.ConsoleLocal}', or a platform's channel name and the person's id)."
            );
        try
        {
            _ = options.Zone;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            errors.Add(
                $"Bot:TimeZone '{options.TimeZone}' is not a time zone known to this machine (try 'Asia/Ho_Chi_Minh')."
            );
        }
        if (options.InvitationDays is < 1 or > 365)
            errors.Add("Bot:InvitationDays must be between 1 and 365.");
        if (options.EditDays is < 0 or > 365)
            errors.Add("Bot:EditDays must be between 0 and 365.");
        if (options.DraftNudgeHours is < 1 or > 24 * 30)
            errors.Add("Bot:DraftNudgeHours must be between 1 and 720.");
        if (!File.Exists(options.ResolvedCataloguePath))
            errors.Add($"Bot:CataloguePath: file '{options.ResolvedCataloguePath}' does not exist.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
