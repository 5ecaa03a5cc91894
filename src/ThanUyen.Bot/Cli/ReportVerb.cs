using System.CommandLine;

namespace ThanUyen.Bot.Cli;

/// <summary>report --period 2026-Q3 --out F [--commune "pha mu"]: the period report for partners.</summary>
public static class ReportVerb
{
    public static Command Create()
    {
        var period = new Option<string>("--period")
        {
            Description = "2026-Q3, 2026, or \"1/10/2026 to 31/12/2026\"",
            Required = true,
        };
        var output = new Option<string>("--out") { Description = "file to write (.xlsx)", Required = true };
        var commune = new Option<string?>("--commune") { Description = "only this commune, e.g. \"pha mu\"" };
        var command = new Command("report", "Write the period report (indicators, works, models, meetings, sales).")
        {
            period,
            output,
            commune,
        };
        command.SetAction(async parse =>
        {
            var (p, o, c) = (parse.GetValue(period)!, parse.GetValue(output)!, parse.GetValue(commune));
            return await VerbRunner.RunAsync(
                async ops =>
                {
                    var response = await ops.PostAsync("report", new { period = p, commune = c });
                    if (!response.IsSuccessStatusCode)
                        return await VerbRunner.PrintAsync(response);
                    return Write(o, await response.Content.ReadAsByteArrayAsync());
                },
                actions => Write(o, actions.PeriodReport(p, c).Bytes)
            );
        });
        return command;
    }

    private static int Write(string path, byte[] bytes)
    {
        File.WriteAllBytes(path, bytes);
        Console.WriteLine($"written {path}");
        return 0;
    }
}
