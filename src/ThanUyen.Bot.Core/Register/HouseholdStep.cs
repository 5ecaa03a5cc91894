using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Register;

/// <summary>
/// Which household sold: one of the village's households (a button, its number, or its name typed loosely), or a
/// name typed that the register does not have yet — added when the report is saved, marked for an admin to
/// confirm. A chosen household is stored as "#12", a typed one as the name itself.
/// </summary>
public sealed class HouseholdStep(string key, string label, string prompt) : Step(key, label)
{
    public const int MaxLength = 100;

    private static string? VillageOf(Turn turn, Answers answers) => answers.Get("village") ?? turn.Member?.VillageId;

    public override string Prompt(Turn turn, Answers answers) => prompt;

    public override IReadOnlyList<Option> Options(Turn turn, Answers answers) =>
        VillageOf(turn, answers) is { } village
            ? turn.Stores.Register.HouseholdsIn(village).Select(h => new Option($"#{h.Id}", $"🏠 {h.Name}")).ToList()
            : [];

    public override bool OnlyOptions => true;

    public override StepAnswer Read(Turn turn, Answers answers, IncomingMessage input)
    {
        var text = input.Kind == MessageKind.Text ? input.Text?.Trim() : null;
        if (string.IsNullOrEmpty(text) || !text.Any(char.IsLetter) || text.StartsWith('#'))
            return StepAnswer.Reject(T.NeedHouseholdName);
        return text.Length > MaxLength ? StepAnswer.Reject(T.NameTooLong(MaxLength)) : StepAnswer.Accept(text);
    }

    public override string Display(Turn turn, Answers answers, string value) =>
        value.StartsWith('#') ? base.Display(turn, answers, value) : $"{value} {T.HouseholdNew}";

    /// <summary>
    /// The household's name and id for the saved report; a typed name the village does not have becomes a household
    /// waiting for an admin's confirmation (/register ho).
    /// </summary>
    public static (string? Name, int? Id) Resolve(Turn turn, string? value, string villageId)
    {
        if (value is null)
            return (null, null);
        var register = turn.Stores.Register;
        if (value.StartsWith('#'))
            return int.TryParse(value[1..], out var id) && register.Household(id) is { } chosen
                ? (chosen.Name, chosen.Id)
                : (null, null);
        if (register.HouseholdsIn(villageId).FirstOrDefault(h => TextKey.Of(h.Name) == TextKey.Of(value)) is { } known)
            return (known.Name, known.Id);
        var added = new Household
        {
            Name = value,
            VillageId = villageId,
            Confirmed = false,
            CreatedAt = turn.Now,
        };
        register.Save(added);
        turn.Audit("household.add", $"#{added.Id}", $"{value} ({turn.Catalogue.Village(villageId)?.Name})");
        return (value, added.Id);
    }
}
