using System.CommandLine;

namespace ThanUyen.Bot.Cli;

public static class ExportVerb
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "xlsx or csv", DefaultValueFactory = _ => "xlsx" };
        var output = new Option<string>("--out")
        {
            Description = "file to write: name.xlsx, or name.zip for csv (one CSV file per sheet, zipped)",
            Required = true,
        };
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
            // CSV is several files (reports, members) in one ZIP: a .csv name would hide what the file is.
            var expected = f.Equals("csv", StringComparison.OrdinalIgnoreCase) ? ".zip" : ".xlsx";
            if (
                f.ToLowerInvariant() is "csv" or "xlsx"
                && !Path.GetExtension(o).Equals(expected, StringComparison.OrdinalIgnoreCase)
            )
            {
                await Console.Error.WriteLineAsync(
                    $"--format {f} writes a {expected} file (csv: a ZIP holding one CSV per sheet): "
                        + $"use --out {Path.ChangeExtension(o, expected)}"
                );
                return 2;
            }
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
