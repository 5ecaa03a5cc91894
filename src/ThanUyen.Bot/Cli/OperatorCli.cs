using System.CommandLine;

namespace ThanUyen.Bot.Cli;

/// <summary>
/// Operator verbs of the same executable: invite, export, digest preview, backup, restore.
/// `dotnet run --project src/ThanUyen.Bot -- invite admin`. Without a verb the service runs.
/// </summary>
public static class OperatorCli
{
    private static readonly string[] Verbs =
    [
        "invite",
        "export",
        "digest",
        "backup",
        "restore",
        "register",
        "report",
        "--help",
        "-h",
        "-?",
    ];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand(
            "ThanUyen.Bot — chạy không có tham số để khởi động dịch vụ; các lệnh dưới đây cho người vận hành."
        );
        root.Subcommands.Add(InviteVerb.Create());
        root.Subcommands.Add(ExportVerb.Create());
        root.Subcommands.Add(DigestVerb.Create());
        root.Subcommands.Add(BackupVerb.Create());
        root.Subcommands.Add(RestoreVerb.Create());
        root.Subcommands.Add(RegisterVerb.Create());
        root.Subcommands.Add(ReportVerb.Create());
        return root.Parse(args).InvokeAsync();
    }
}
