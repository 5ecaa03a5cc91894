using System.CommandLine;

namespace ThanUyen.Bot.Cli;

public static class DigestVerb
{
    public static Command Create()
    {
        var commune = new Argument<string[]>("commune")
        {
            Description = "e.g. pha mu",
            Arity = ArgumentArity.OneOrMore,
        };
        var last = new Option<bool>("--last") { Description = "the previous week instead of this week so far" };
        var preview = new Command("preview", "Print a commune's digest without sending it.") { commune, last };
        preview.SetAction(async parse =>
        {
            var c = string.Join(' ', parse.GetValue(commune)!);
            var l = parse.GetValue(last);
            return await VerbRunner.RunAsync(
                async ops => await VerbRunner.PrintAsync(await ops.PostAsync("digest", new { commune = c, last = l })),
                actions =>
                {
                    Console.WriteLine(actions.DigestPreview(c, l));
                    return 0;
                }
            );
        });
        return new Command("digest", "Weekly digests.") { preview };
    }
}
