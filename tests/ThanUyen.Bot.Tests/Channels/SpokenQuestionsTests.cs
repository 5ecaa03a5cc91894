using ThanUyen.Bot.Core.Reports.Kinds.Meeting;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>
/// Spoken questions through the real Telegram.Bot client and the fake Bot API: an admin records a question once,
/// a member who reads little turns them on and hears it after the text, and again with "🔊 Nghe lại".
/// </summary>
public sealed class SpokenQuestionsTests
{
    private const long Admin = BotHost.AdminChat,
        Chua = TelegramChat.Chua;

    /// <summary>The admin records the meeting's first question ("Loại") as a 6-second voice note.</summary>
    private static async Task RecordFirstMeetingQuestion(TelegramChat chat)
    {
        var flows = await chat.Next(() => chat.Api.UserSays(Admin, "/voiceprompt", "Admin"), Admin);
        Assert.Contains("Chưa có câu hỏi nào được ghi âm", flows.Text);
        var questions = await chat.Next(
            () => chat.Api.UserPresses(Admin, TelegramChat.Data(flows, "Họp"), "Admin"),
            Admin
        );
        var record = await chat.Next(
            () => chat.Api.UserPresses(Admin, TelegramChat.Data(questions, "1. Loại"), "Admin"),
            Admin
        );
        Assert.Contains("Gửi một tin nhắn thoại", record.Text);
        Assert.Contains(T.AskMeetingKind, record.Text); // the question to read aloud
        var tooLong = await chat.Next(() => chat.Api.UserSendsVoice(Admin, "AwAClong", 1200, "Admin"), Admin);
        Assert.StartsWith(T.VoicePromptTooLong(120), tooLong.Text); // a 20-minute note is not a question
        chat.Api.AddFile("AwACprompt-kind", [0x4F, 0x67, 0x67, 0x53, 1, 2, 3]);
        var before = chat.Api.Media(Admin).Count;
        var saved = await chat.Next(() => chat.Api.UserSendsVoice(Admin, "AwACprompt-kind", 6, "Admin"), Admin);
        Assert.StartsWith("✅ Đã lưu bản ghi 🎤 0:06", saved.Text);
        await chat.Api.WaitUntil(() => chat.Api.Media(Admin).Count == before + 1, "the recording played back");
        Assert.Equal("AwACprompt-kind", chat.Api.Media(Admin)[^1].Items[0]);
        // Kept in the media folder too, through the fetch queue reports use.
        await chat.Api.WaitUntil(
            () => chat.Host.Stores.Media.FindByKey(Core.Media.ReportMedia.KeyOf("AwACprompt-kind")) is not null,
            "the recording kept in the media folder"
        );
    }

    [Fact]
    public async Task A_member_turns_spoken_questions_on_and_hears_a_recorded_question_after_its_text_and_again()
    {
        await using var chat = await TelegramChat.StartAsync();
        await RecordFirstMeetingQuestion(chat);

        var menu = await chat.Next(() => chat.Api.UserSays(Chua, "/menu", "Giàng A Chua"));
        var on = await chat.Next(() => chat.Api.UserPresses(Chua, TelegramChat.Data(menu, "Đọc câu hỏi: đang tắt")));
        Assert.StartsWith("🔊 Đã bật đọc câu hỏi", on.Text);

        var question = await chat.Next(() => chat.Api.UserSays(Chua, "/meeting", "Giàng A Chua"));
        Assert.Equal(T.AskMeetingKind, question.Text);
        await chat.Api.WaitUntil(() => chat.Api.Media(Chua).Count == 1, "the question's voice note");
        var voice = chat.Api.Media(Chua)[0];
        Assert.Equal(("voice", "AwACprompt-kind", 6), (voice.Kind, voice.Items[0], voice.Duration));
        var sent = chat.Api.Sent(Chua);
        Assert.Equal("sendVoice", sent[^1].Method, ignoreCase: true); // right after the text

        chat.Api.UserPresses(Chua, TelegramChat.Data(question, T.ListenAgain), "Giàng A Chua");
        await chat.Api.WaitUntil(() => chat.Api.Media(Chua).Count == 2, "the voice note again");
        Assert.Equal("AwACprompt-kind", chat.Api.Media(Chua)[1].Items[0]);

        // The next question has no recording: it comes as text alone, with no button that would play nothing.
        var topic = await chat.Next(() => chat.Api.UserPresses(Chua, TelegramChat.Data(question, "Họp")));
        Assert.Equal(T.AskTopic, topic.Text);
        Assert.DoesNotContain(T.ListenAgain, topic.Markup);
        Assert.Equal(2, chat.Api.Media(Chua).Count);
    }

    [Fact]
    public async Task With_spoken_questions_off_a_recorded_question_comes_as_before_and_an_admin_deletes_the_recording()
    {
        await using var chat = await TelegramChat.StartAsync();
        await RecordFirstMeetingQuestion(chat);

        var question = await chat.Next(() => chat.Api.UserSays(Chua, "/meeting", "Giàng A Chua"));
        Assert.DoesNotContain(T.ListenAgain, question.Markup);
        Assert.Empty(chat.Api.Media(Chua));

        // Replacing: the list shows what is recorded, the question offers to delete it; a new note replaces it.
        var flows = await chat.Next(() => chat.Api.UserSays(Admin, "/ghiam", "Admin"), Admin);
        Assert.Contains("— 1. Loại (0:06)", flows.Text);
        var questions = await chat.Next(
            () => chat.Api.UserPresses(Admin, TelegramChat.Data(flows, "(1/"), "Admin"),
            Admin
        );
        var record = await chat.Next(
            () => chat.Api.UserPresses(Admin, TelegramChat.Data(questions, "1. Loại 🎤 0:06"), "Admin"),
            Admin
        );
        var deleted = await chat.Next(
            () => chat.Api.UserPresses(Admin, TelegramChat.Data(record, "Xoá"), "Admin"),
            Admin
        );
        Assert.StartsWith("🗑️ Đã xoá bản ghi", deleted.Text);
        Assert.Contains(
            "Chưa có câu hỏi nào",
            (await chat.Next(() => chat.Api.UserSays(Admin, "/voiceprompt", "Admin"), Admin)).Text
        );
    }

    [Fact]
    public async Task A_voice_note_where_words_are_asked_is_taken_as_the_answer()
    {
        await using var chat = await TelegramChat.StartAsync();
        var kind = await chat.Next(() => chat.Api.UserSays(Chua, "/meeting", "Giàng A Chua"));
        var topic = await chat.Next(() => chat.Api.UserPresses(Chua, TelegramChat.Data(kind, "Họp")));
        var other = await chat.Next(() => chat.Api.UserPresses(Chua, TelegramChat.Data(topic, "Chủ đề khác")));
        Assert.Equal(T.AskOtherTopic, other.Text);

        var next = await chat.Next(() => chat.Api.UserSendsVoice(Chua, "AwACtopic", 9, "Giàng A Chua"));

        Assert.NotEqual(T.NeedText, next.Text);
        var state = chat.Host.Stores.Conversations.Find($"telegram:{Chua}")!;
        Assert.Equal("voice:AwACtopic:9", state.Answers["topic_other"]);
    }

    [Fact]
    public async Task On_Zalo_which_cannot_send_audio_spoken_questions_say_they_are_not_available_there()
    {
        using var folder = new TempFolder();
        await using var zalo = await FakeZaloServer.StartAsync();
        await using var host = await BotHost.StartAsync(
            null,
            folder.File("bot.db"),
            new() { ["Bot:Admins:0"] = "zalo:zadmin01" },
            zalo: zalo
        );

        zalo.UserSays("zadmin01", "/amthanh bat", "Admin");
        var reply = (await zalo.WaitForSent("zadmin01", 1))[0].Text;
        zalo.UserSays("zadmin01", "/menu", "Admin");
        var menu = (await zalo.WaitForSent("zadmin01", 2))[1].Text;
        zalo.UserSays("zadmin01", "/help", "Admin");
        var help = (await zalo.WaitForSent("zadmin01", 3))[2].Text;

        Assert.Equal(T.SpokenNotAvailable, reply);
        Assert.DoesNotContain("Đọc câu hỏi", menu);
        Assert.DoesNotContain("/amthanh", help);
        Assert.Contains("/voiceprompt", help);
    }
}
