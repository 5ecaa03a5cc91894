namespace ThanUyen.Bot.Core.Chat;

/// <summary>What the chat shows while the bot prepares something slow ("đang gõ…", "đang gửi ảnh…").</summary>
public enum ChatAction
{
    Typing,
    UploadPhoto,
    UploadDocument,
}
