using System.Text;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Storage;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Channels.Console;

/// <summary>
/// Prints the bot's messages; buttons become numbered lines (answers) or bullet shortcuts. A document (an
/// export) is saved owner-only in "exports" beside the database, and its path printed.
/// </summary>
public sealed class ConsoleChannel(ConsoleIO io, IOptions<StorageOptions> storage, Stores stores) : IChatChannel
{
    private readonly Lock _gate = new();
    public string Name => "console";

    public Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        // The terminal cannot change what it printed: edits and command lists are not queued for it.
        if (message.Kind != OutgoingKind.Message)
            return Task.FromResult(SendOutcome.Ok);
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
        for (var i = 0; i < message.Album.Count; i++)
            sb.Append("   ").Append(T.ConsolePhoto(i + 1, message.Album.Count)).Append('\n');
        if (message.Voice is { } voice)
            sb.Append("   ").Append(T.ConsoleVoice(voice.Seconds)).Append('\n');
        if (message.DocumentName is not null)
            sb.Append("   [tệp: ").Append(Save(message) ?? message.DocumentName).Append("]\n");
        lock (_gate)
        {
            io.Out.Write(sb.Append('\n').ToString());
            io.Out.Flush();
        }
        return Task.FromResult(SendOutcome.Ok);
    }

    /// <summary>Writes the document under a name not used yet; returns its full path.</summary>
    private string? Save(OutgoingMessage message)
    {
        if ((message.DocumentBytes ?? MediaFiles.Read(stores, message.DocumentFile)) is not { } bytes)
            return null;
        var folder =
            storage.Value.DatabasePath == ":memory:"
                ? Path.Combine(Path.GetTempPath(), "thanuyen-exports")
                : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storage.Value.DatabasePath))!, "exports");
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(folder);
        else
            Directory.CreateDirectory(
                folder,
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            );
        var name = Path.GetFileName(message.DocumentName!);
        for (var n = 1; ; n++)
        {
            var path = Path.Combine(
                folder,
                n == 1 ? name : $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}"
            );
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            try
            {
                using var file = new FileStream(path, options);
                file.Write(bytes);
                return path;
            }
            catch (IOException) when (File.Exists(path) && n < 1000) { }
        }
    }
}
