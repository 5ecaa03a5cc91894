using System.CommandLine;

namespace ThanUyen.Bot.Cli;

public static class InviteVerb
{
    public static Command Create()
    {
        var role = new Argument<string>("role") { Description = "member, officer or admin" };
        var place = new Argument<string[]>("place")
        {
            Description = "village (member) or commune (officer), e.g. tham phe",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("invite", "Print a single-use invitation code and link (bootstrap the first admin).")
        {
            role,
            place,
        };
        command.SetAction(async parse =>
        {
            var r = parse.GetValue(role)!;
            var p = parse.GetValue(place) is { Length: > 0 } words ? string.Join(' ', words) : null;
            return await VerbRunner.RunAsync(
                async ops => await VerbRunner.PrintAsync(await ops.PostAsync("invite", new { role = r, place = p })),
                actions =>
                {
                    Console.WriteLine(actions.Invite(r, p));
                    return 0;
                }
            );
        });
        return command;
    }
}
