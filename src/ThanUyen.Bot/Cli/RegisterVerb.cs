using System.CommandLine;

namespace ThanUyen.Bot.Cli;

/// <summary>register template --out F · register import --file F [--dry-run].</summary>
public static class RegisterVerb
{
    public static Command Create()
    {
        var output = new Option<string>("--out")
        {
            Description = "where to write the template (.xlsx)",
            Required = true,
        };
        var template = new Command("template", "Write the register spreadsheet to fill in (with today's register).")
        {
            output,
        };
        template.SetAction(async parse =>
        {
            var o = parse.GetValue(output)!;
            return await VerbRunner.RunAsync(
                async ops =>
                {
                    var response = await ops.PostAsync("register-template", new { });
                    if (!response.IsSuccessStatusCode)
                        return await VerbRunner.PrintAsync(response);
                    return Write(o, await response.Content.ReadAsByteArrayAsync());
                },
                actions => Write(o, actions.RegisterTemplate())
            );
        });
        var file = new Option<string>("--file") { Description = "the filled-in register (.xlsx)", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "check and show the changes, change nothing" };
        var import = new Command("import", "Check a filled-in register and apply it (all or nothing).")
        {
            file,
            dryRun,
        };
        import.SetAction(async parse =>
        {
            var (f, d) = (parse.GetValue(file)!, parse.GetValue(dryRun));
            if (!File.Exists(f))
            {
                await Console.Error.WriteLineAsync($"No file {f}");
                return 2;
            }
            var bytes = await File.ReadAllBytesAsync(f);
            return await VerbRunner.RunAsync(
                async ops =>
                    await VerbRunner.PrintAsync(
                        await ops.PostAsync("register-import", new { file = Convert.ToBase64String(bytes), dryRun = d })
                    ),
                actions =>
                {
                    Console.WriteLine(actions.RegisterImport(bytes, d));
                    return 0;
                }
            );
        });
        return new Command("register", "The project register: works, models, households, targets.")
        {
            template,
            import,
        };
    }

    private static int Write(string path, byte[] bytes)
    {
        File.WriteAllBytes(path, bytes);
        Console.WriteLine($"written {path}");
        return 0;
    }
}
