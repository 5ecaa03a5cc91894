using ThanUyen.Bot.Core.Media;

namespace ThanUyen.Bot.Tests.Media;

public sealed class MediaTypesTests
{
    [Theory]
    [InlineData(MediaKind.Photo, new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(MediaKind.Photo, new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    [InlineData(MediaKind.Photo, new byte[] { 0x25, 0x50, 0x44, 0x46 }, null)] // %PDF sent as a photo
    [InlineData(MediaKind.Photo, new byte[] { }, null)]
    [InlineData(MediaKind.Voice, new byte[] { 0x4F, 0x67, 0x67, 0x53, 0 }, "audio/ogg")]
    [InlineData(MediaKind.Voice, new byte[] { 0xFF, 0xF1, 0x50, 0x80 }, "audio/aac")]
    [InlineData(MediaKind.Voice, new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, null)] // a photo is not a voice note
    public void A_file_is_what_its_first_bytes_say(MediaKind kind, byte[] head, string? expected) =>
        Assert.Equal(expected, MediaTypes.Sniff(kind, head));

    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(42, "0:42")]
    [InlineData(605, "10:05")]
    public void A_voice_notes_length_reads_as_minutes_and_seconds(int seconds, string expected) =>
        Assert.Equal(expected, T.Duration(seconds));
}
