using System.CommandLine;

namespace ThanUyen.Bot.Cli;

public static class ExportVerb
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "xlsx, csv, or zip (the workbook with photos/ and voice/, linked from each row; no size cap)",
            DefaultValueFactory = _ => "xlsx",
        };
        var output = new Option<string>("--out")
        {
            Description = "file to write; its extension follows what is written (.xlsx; .csv, or .zip of CSVs; .zip)",
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
                    var disposition = response.Content.Headers.ContentDisposition;
                    var name = disposition?.FileNameStar ?? disposition?.FileName?.Trim('"') ?? o;
                    return Write(o, name, await response.Content.ReadAsByteArrayAsync());
                },
                actions =>
                {
                    var (name, bytes) = actions.Export(f, a, b, c);
                    return Write(o, name, bytes);
                }
            );
        });
        return command;
    }

    /// <summary>
    /// Where the export goes: --out, with the extension of what was made. A CSV export is one .csv file when
    /// there is one sheet with rows, else a .zip of one CSV per sheet: a ZIP under a .csv name would not open.
    /// </summary>
    public static string FileFor(string requested, string made)
    {
        var extension = Path.GetExtension(made);
        return Path.GetExtension(requested).Equals(extension, StringComparison.OrdinalIgnoreCase)
            ? requested
            : Path.ChangeExtension(requested, extension);
    }

    private static int Write(string requested, string made, byte[] bytes)
    {
        var path = FileFor(requested, made);
        File.WriteAllBytes(path, bytes);
        Console.WriteLine(
            path == requested ? $"written {path}"
            : Path.GetExtension(path).Equals(".zip", StringComparison.OrdinalIgnoreCase)
                ? $"written {path} (a ZIP holding one CSV file per sheet, not {Path.GetFileName(requested)})"
            : $"written {path} (a {Path.GetExtension(path)} file, not {Path.GetFileName(requested)})"
        );
        return 0;
    }
}
