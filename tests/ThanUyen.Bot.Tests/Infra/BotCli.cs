using System.Diagnostics;

namespace ThanUyen.Bot.Tests.Infra;

/// <summary>One operator command of the real executable, run to the end.</summary>
public static class BotCli
{
    public static (int Code, string Out, string Err) Run(string databasePath, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ThanUyen.Bot.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.Environment["Storage__DatabasePath"] = databasePath;
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', args)}' did not finish");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
