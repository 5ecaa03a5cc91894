using Telegram.Bot.Types.ReplyMarkups;
using ThanUyen.Bot.Core.Chat;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Channels.Telegram;

/// <summary>Choices as inline buttons; a location question as a one-time reply keyboard (private chats only).</summary>
public static class TelegramKeyboards
{
    public static ReplyMarkup? For(OutgoingMessage message)
    {
        if (message.RequestLocation)
        {
            var rows = new List<KeyboardButton[]>
            {
                new[] { KeyboardButton.WithRequestLocation(T.SendLocationButton) },
            };
            rows.AddRange(message.Choices.Select(c => new[] { new KeyboardButton(c.Label) }));
            return new ReplyKeyboardMarkup(rows) { OneTimeKeyboard = true, ResizeKeyboard = true };
        }
        return Inline(message);
    }

    /// <summary>The inline buttons of the choices, or null (no buttons: an edit with none removes them).</summary>
    public static InlineKeyboardMarkup? Inline(OutgoingMessage message)
    {
        if (message.Choices.Count == 0)
            return null;
        // Short labels go two to a row; long ones get a row each, so cheap phones show them whole.
        var perRow = message.Choices.All(c => c.Label.Length <= 14) ? 2 : 1;
        return new InlineKeyboardMarkup(
            message.Choices.Select(c => InlineKeyboardButton.WithCallbackData(c.Label, c.Data)).Chunk(perRow)
        );
    }
}
