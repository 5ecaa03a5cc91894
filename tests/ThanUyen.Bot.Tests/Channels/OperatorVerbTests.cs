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
    public void Export_as_csv_under_a_csv_name_is_refused_because_it_is_a_zip_of_several_csv_files()
    {
        using var folder = new TempFolder();
        var (code, _, error) = BotCli.Run(
            folder.File("bot.db"),
            "export",
            "--format",
            "csv",
            "--out",
            folder.File("exp.csv")
        );
        Assert.Equal(2, code);
        Assert.Contains(".zip", error);
        Assert.False(File.Exists(folder.File("exp.csv")));
        var zip = BotCli.Run(folder.File("bot.db"), "export", "--format", "csv", "--out", folder.File("exp.zip"));
        Assert.Equal(0, zip.Code);
        Assert.Equal((byte)'P', File.ReadAllBytes(folder.File("exp.zip"))[0]);
    }
}
