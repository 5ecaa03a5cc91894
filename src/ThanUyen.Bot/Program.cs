using ThanUyen.Bot;
using ThanUyen.Bot.Cli;
using ThanUyen.Bot.Core.Storage;

// One executable: operator verbs (invite, export, digest preview, backup, restore) or the service.
if (OperatorCli.IsVerb(args))
    return await OperatorCli.RunAsync(args);
try
{
    var app = BotApp.Build(args);
    await app.RunAsync();
    // Non-zero when the service stopped because storage failed (StorageFailureWatcher): systemd restarts it.
    return Environment.ExitCode;
}
catch (DatabaseLockedException e)
{
    // Another process has the database: say which file and stop, without a stack trace.
    await Console.Error.WriteLineAsync(e.Message);
    return 3;
}
