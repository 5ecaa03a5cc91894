using System.Text.RegularExpressions;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>What README promises an operator, and what the verbs write.</summary>
public sealed partial class OperatorVerbTests
{
    private static string Repo(string path) =>
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../..", path));

    [GeneratedRegex(@"ThanUyen\.Bot\s+--\s+(?<verb>[a-z]+(?: preview)?)\b")]
    private static partial Regex VerbInReadme();

    [Fact]
    public void Every_operator_command_README_shows_exists_and_answers_help()
    {
        var readme = File.ReadAllText(Repo("README.md"));
        var blocks = Regex.Matches(readme, "```bash\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value);
        var verbs = blocks.SelectMany(b => VerbInReadme().Matches(b)).Select(m => m.Groups["verb"].Value).ToHashSet();
        Assert.Superset(new HashSet<string> { "invite", "export", "digest preview", "backup", "restore" }, verbs);
        using var folder = new TempFolder();
        foreach (var verb in verbs)
        {
            var (code, output, error) = BotCli.Run(folder.File("bot.db"), [.. verb.Split(' '), "--help"]);
            Assert.True(code == 0, $"{verb} --help: {error}");
            Assert.Contains("Usage", output);
        }
    }

    [Fact]
    public void Export_as_csv_under_a_csv_name_writes_a_zip_when_it_holds_several_files_and_says_so()
    {
        using var folder = new TempFolder();
        var (code, output, error) = BotCli.Run(
            folder.File("bot.db"),
            "export",
            "--format",
            "csv",
            "--out",
            folder.File("exp.csv")
        );
        Assert.True(code == 0, error);
        Assert.False(File.Exists(folder.File("exp.csv")), "a ZIP must not be written under a .csv name");
        Assert.Equal((byte)'P', File.ReadAllBytes(folder.File("exp.zip"))[0]);
        Assert.Contains($"written {folder.File("exp.zip")} (a ZIP holding one CSV file per sheet", output);
    }

    [Theory]
    [InlineData("out/bao-cao.csv", "thanuyen-tat-ca-20261201.zip", "out/bao-cao.zip")]
    [InlineData("out/bao-cao.csv", "thanuyen-tat-ca-20261201-thanh-vien.csv", "out/bao-cao.csv")]
    [InlineData("out/bao-cao.zip", "thanuyen-tat-ca-20261201-thanh-vien.csv", "out/bao-cao.csv")]
    [InlineData("out/bao-cao.XLSX", "thanuyen-tat-ca-20261201.xlsx", "out/bao-cao.XLSX")]
    [InlineData("out/bao-cao", "thanuyen-tat-ca-20261201.xlsx", "out/bao-cao.xlsx")]
    public void The_exported_file_takes_the_extension_of_what_was_made(string requested, string made, string written) =>
        Assert.Equal(written, ThanUyen.Bot.Cli.ExportVerb.FileFor(requested, made));
}
