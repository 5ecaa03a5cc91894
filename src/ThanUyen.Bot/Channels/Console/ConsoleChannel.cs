using System.Text;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Channels.Console;

/// <summary>Prints the bot's messages; buttons become numbered lines (answers) or bullet shortcuts.</summary>
public sealed class ConsoleChannel(ConsoleIO io) : IChatChannel
{
    private readonly Lock _gate = new();
    public string Name => "console";

    public Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var sb = new StringBuilder("🤖 ")
            .Append(message.Text.Replace("\n", "\n   ", StringComparison.Ordinal))
            .Append('\n');
        for (var i = 0; i < message.Choices.Count; i++)
        {
            var choice = message.Choices[i];
            var command = ButtonData.TryReadMenu(choice.Data, out var c) ? $"  (/{c})" : "";
            sb.Append(message.NumberedChoices ? $"   {i + 1}. " : "   • ")
                .Append(choice.Label)
                .Append(command)
                .Append('\n');
        }
        if (message.PhotoFileId is not null || message.PhotoBytes is not null)
            sb.Append("   [ảnh]\n");
        if (message.DocumentName is not null)
            sb.Append("   [tệp: ").Append(message.DocumentName).Append("]\n");
        lock (_gate)
        {
            io.Out.Write(sb.Append('\n').ToString());
            io.Out.Flush();
        }
        return Task.FromResult(SendOutcome.Ok);
    }
}
