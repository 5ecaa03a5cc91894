namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// What a free sentence is about (<see cref="SentenceReading.Intent"/>). The report intents equal the flow ids
/// (SaleReportFlow.Id …), so the integrator can start the flow with that id and the filled slots as prefill.
/// </summary>
public static class Intents
{
    public const string Sale = "sale",
        Meeting = "meeting",
        Progress = "progress",
        Greeting = "greeting",
        Thanks = "thanks";
}
