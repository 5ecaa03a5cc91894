using ThanUyen.Bot;
using ThanUyen.Bot.Cli;

// One executable: operator verbs (invite, export, digest preview, backup, restore) or the service.
if (OperatorCli.IsVerb(args))
    return await OperatorCli.RunAsync(args);
var app = BotApp.Build(args);
await app.RunAsync();

// Non-zero when the service stopped because storage failed (StorageFailureWatcher): systemd restarts it.
return Environment.ExitCode;
