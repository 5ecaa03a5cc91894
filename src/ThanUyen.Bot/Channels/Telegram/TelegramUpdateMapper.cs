using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Channels.Telegram;

/// <summary>Telegram updates → <see cref="IncomingMessage"/>. Returns null for update kinds the bot ignores.</summary>
public static class TelegramUpdateMapper
{
    public static IncomingMessage? Map(Update update)
    {
        if (update.CallbackQuery is { } query)
        {
            var chatId = query.Message?.Chat.Id ?? query.From.Id;
            return new IncomingMessage(Address(chatId), $"telegram:u{update.Id}:c{query.Id}", MessageKind.Button)
            {
                ButtonData = query.Data,
                AckId = query.Id,
                SenderName = Name(query.From),
                ChannelMessageId = query.Message?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                SentAt = DateTimeOffset.UtcNow,
            };
        }
        if (update.Message is not { } m || m.From is { IsBot: true })
            return null;
        var kind = m.Type switch
        {
            MessageType.Text => MessageKind.Text,
            MessageType.Photo => MessageKind.Photo,
            MessageType.Voice => MessageKind.Voice,
            MessageType.Location => MessageKind.Location,
            MessageType.Sticker => MessageKind.Sticker,
            MessageType.Document => MessageKind.Document,
            _ => MessageKind.Unsupported,
        };
        return new IncomingMessage(Address(m.Chat.Id), $"telegram:u{update.Id}:m{m.Id}", kind)
        {
            Text = m.Text ?? m.Caption,
            SenderName = m.From is { } from ? Name(from) : m.Chat.FirstName,
            PhotoFileId = m.Photo?.MaxBy(p => (long)p.Width * p.Height)?.FileId,
            MediaGroupId = m.MediaGroupId,
            VoiceFileId = m.Voice?.FileId,
            VoiceSeconds = m.Voice?.Duration ?? 0,
            DocumentFileId = m.Document?.FileId,
            DocumentName = m.Document?.FileName,
            DocumentSize = m.Document?.FileSize,
            Latitude = m.Location?.Latitude,
            Longitude = m.Location?.Longitude,
            ChannelMessageId = m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SentAt = new DateTimeOffset(DateTime.SpecifyKind(m.Date, DateTimeKind.Utc)),
        };
    }

    private static ChatAddress Address(long chatId) =>
        new("telegram", chatId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Name(User user) =>
        string.Join(' ', new[] { user.FirstName, user.LastName }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
