using System.Globalization;
using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>A place shared with the phone's location button. Stored as "lat,lon".</summary>
public sealed class LocationStep(string key, string label, string prompt) : Step(key, label)
{
    public override string Prompt(Turn turn, Answers answers) => prompt;

    public override bool RequestLocation => true;

    public override bool NumbersPickOptions => true;

    public override bool ShowsAnswer => false;

    public override StepAnswer Read(Turn turn, Answers answers, IncomingMessage input) =>
        input
            is {
                Kind: MessageKind.Location,
                Latitude: { } lat and >= -90 and <= 90,
                Longitude: { } lon and >= -180 and <= 180
            }
            ? StepAnswer.Accept(string.Create(CultureInfo.InvariantCulture, $"{lat:0.######},{lon:0.######}"))
            : StepAnswer.Reject(T.NeedLocation);

    public override string Display(Turn turn, Answers answers, string value) => $"📍 {value}";
}
