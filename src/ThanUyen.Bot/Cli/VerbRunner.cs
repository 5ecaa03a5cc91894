using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Cli;

/// <summary>
/// Runs a verb in the running service when there is one, else directly on the database file — under the same
/// lock the service takes, so the two never have the file open at once.
/// </summary>
public static class VerbRunner
{
    public static async Task<int> RunAsync(Func<OpsChannel, Task<int>> remote, Func<OperatorActions, int> direct)
    {
        using var services = new OperatorServices();
        try
        {
            var path = services.Get<IOptions<StorageOptions>>().Value.DatabasePath;
            if (path != ":memory:" && await OpsChannel.FindRunningAsync(path) is { } ops)
                return await remote(ops);
            var actions = new OperatorActions(
                services.Get<Stores>(),
                services.Get<Core.Reports.Export.ExportSheets>(),
                services.Get<IOptions<Core.BotOptions>>(),
                services.Get<IOptions<StorageOptions>>(),
                services.Get<Core.Digests.DigestService>(),
                services.Get<IOptions<Core.Register.RegisterOptions>>(),
                TimeProvider.System
            );
            CatalogueSeeder.Seed(
                services.Get<Stores>(),
                Core.Community.CatalogueFile.Load(services.Bot.ResolvedCataloguePath),
                DateTime.UtcNow,
                services.Bot.Demo
            );
            return direct(actions);
        }
        catch (OperatorException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        catch (DatabaseLockedException e)
        {
            // The service did not answer on its ops channel (or its .ops file is gone) but still holds the
            // file: opening it anyway could checkpoint or truncate the live log. Refuse.
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }

    /// <summary>Prints what the service answered; non-2xx is an error.</summary>
    public static async Task<int> PrintAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.IsSuccessStatusCode)
        {
            Console.WriteLine(text);
            return 0;
        }
        await Console.Error.WriteLineAsync(text);
        return 2;
    }
}
