using ThanUyen.Bot;

// The operator verbs (invite, export, backup …) and the service share this one executable.
var app = BotApp.Build(args);
await app.RunAsync();
