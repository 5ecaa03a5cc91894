namespace ThanUyen.Bot.Core.Chat;

/// <summary>Where no channel is running (tests of the core, operator tools): nothing to show.</summary>
public sealed class NoChatActivity : IChatActivity
{
    public IDisposable Show(ChatAddress chat, ChatAction action) => Nothing.Instance;

    private sealed class Nothing : IDisposable
    {
        public static readonly Nothing Instance = new();

        public void Dispose() { }
    }
}
