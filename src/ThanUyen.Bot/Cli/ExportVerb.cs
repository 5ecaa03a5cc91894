using System.CommandLine;

namespace ThanUyen.Bot.Cli;

public static class ExportVerb
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "xlsx or csv", DefaultValueFactory = _ => "xlsx" };
        var output = new Option<string>("--out") { Description = "file to write", Required = true };
        var from = new Option<string?>("--from") { Description = "first day (2026-11-01 or 1/11/2026), received date" };
        var to = new Option<string?>("--to") { Description = "last day, inclusive" };
        var commune = new Option<string?>("--commune") { Description = "only this commune, e.g. \"pha mu\"" };
        var command = new Command("export", "Write the reports (and members) to an XLSX workbook or CSV files.")
        {
            format,
            output,
            from,
            to,
            commune,
        };
        command.SetAction(async parse =>
        {
            var (f, o, a, b, c) = (
                parse.GetValue(format)!,
                parse.GetValue(output)!,
                parse.GetValue(from),
                parse.GetValue(to),
                parse.GetValue(commune)
            );
            return await VerbRunner.RunAsync(
                async ops =>
                {
                    var response = await ops.PostAsync(
                        "export",
                        new
                        {
                            format = f,
                            from = a,
                            to = b,
                            commune = c,
                        }
                    );
                    if (!response.IsSuccessStatusCode)
                        return await VerbRunner.PrintAsync(response);
                    await File.WriteAllBytesAsync(o, await response.Content.ReadAsByteArrayAsync());
                    Console.WriteLine($"written {o}");
                    return 0;
                },
                actions =>
                {
                    var (_, bytes) = actions.Export(f, a, b, c);
                    File.WriteAllBytes(o, bytes);
                    Console.WriteLine($"written {o}");
                    return 0;
                }
            );
        });
        return command;
    }
}
