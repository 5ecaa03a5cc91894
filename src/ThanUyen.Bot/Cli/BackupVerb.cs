using System.CommandLine;

namespace ThanUyen.Bot.Cli;

public static class BackupVerb
{
    public static Command Create()
    {
        var output = new Option<string>("--out")
        {
            Description = "backup file to write (a LiteDB file)",
            Required = true,
        };
        var command = new Command("backup", "A consistent copy of the database, also while the service runs.")
        {
            output,
        };
        command.SetAction(async parse =>
        {
            var o = Path.GetFullPath(parse.GetValue(output)!);
            return await VerbRunner.RunAsync(
                async ops => await VerbRunner.PrintAsync(await ops.PostAsync("backup", new { @out = o })),
                actions =>
                {
                    Console.WriteLine(actions.Backup(o));
                    return 0;
                }
            );
        });
        return command;
    }
}
