using System.Text.RegularExpressions;

namespace ThanUyen.Bot.Tests.Architecture;

/// <summary>
/// Issue 11: the shape the code keeps. Storage is one folder (the seam a second engine would plug into),
/// Core names no platform, and no source file grows past what a person reads in one sitting.
/// </summary>
public sealed partial class ShapeTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ThanUyen.Bot.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("ThanUyen.Bot.sln not found above the tests");
    }

    private static IEnumerable<string> Sources(string project) =>
        Directory
            .EnumerateFiles(Path.Combine(Root, "src", project), "*.cs", SearchOption.AllDirectories)
            .Where(f =>
                !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains(
                    $"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}",
                    StringComparison.Ordinal
                )
            );

    private static string Relative(string file) => Path.GetRelativePath(Root, file);

    /// <summary>The files (relative) whose code, comments left out, matches <paramref name="pattern"/>.</summary>
    private static List<string> Matching(IEnumerable<string> files, Regex pattern) =>
        files.Where(f => pattern.IsMatch(Code(f))).Select(Relative).ToList();

    private static IEnumerable<string> AllSources() => Sources("ThanUyen.Bot.Core").Concat(Sources("ThanUyen.Bot"));

    /// <summary>The code without comments, so a comment may mention what the code may not use.</summary>
    private static string Code(string file) =>
        string.Join('\n', File.ReadAllLines(file).Select(l => CommentTail().Replace(l, "")));

    [GeneratedRegex(@"(^\s*///.*$)|(^\s*//.*$)|(\s//\s.*$)")]
    private static partial Regex CommentTail();

    [Fact]
    public void No_file_outside_Storage_touches_LiteDB()
    {
        var storage = Path.Combine("src", "ThanUyen.Bot.Core", "Storage") + Path.DirectorySeparatorChar;
        Assert.Empty(
            Matching(AllSources().Where(f => !Relative(f).StartsWith(storage, StringComparison.Ordinal)), LiteDbUse())
        );
    }

    [GeneratedRegex(@"using LiteDB|LiteDB\.|ILiteCollection|BsonDocument|BsonValue|BsonExpression|LiteDatabase")]
    private static partial Regex LiteDbUse();

    /// <summary>
    /// LiteDB's Query.EQ/LT/… write the value into the expression's text, and LiteDB parses and compiles each new
    /// text once and keeps it for the life of the process: a query per question id compiled on every answer
    /// (~5 ms on the writer thread) and grew that cache without end. Values go in as parameters (@0) or
    /// through a lambda, which LiteDB turns into parameters.
    /// </summary>
    [Fact]
    public void No_query_writes_a_value_into_LiteDBs_expression_text()
    {
        Assert.Empty(Matching(AllSources(), ValueInQueryText()));
    }

    [GeneratedRegex(@"\bQuery\.(EQ|LT|LTE|GT|GTE|Between|In|Not|StartsWith|Contains)\(")]
    private static partial Regex ValueInQueryText();

    [Fact]
    public void No_Core_code_names_a_platform()
    {
        var texts = Path.Combine("src", "ThanUyen.Bot.Core", "Texts") + Path.DirectorySeparatorChar;
        Assert.Empty(
            Matching(
                Sources("ThanUyen.Bot.Core").Where(f => !Relative(f).StartsWith(texts, StringComparison.Ordinal)),
                Platform()
            )
        );
    }

    [GeneratedRegex(@"(?i)telegram|zalo|t\.me/")]
    private static partial Regex Platform();

    [Fact]
    public void No_source_file_is_longer_than_300_lines()
    {
        var long_ = AllSources()
            .Select(f => (File: Relative(f), Lines: File.ReadAllLines(f).Length))
            .Where(x => x.Lines > 300)
            .ToList();
        Assert.Empty(long_);
    }
}
