using Microsoft.Extensions.Options;
using SkiaSharp;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Web.Media;

/// <summary>
/// Small JPEG copies of kept photos for report pages, made the first time one is asked for and kept in
/// media/thumbs/ (a phone on a slow line loads 20 KB, not 2 MB). Written to a temporary name and moved, so
/// two requests at once never serve half a file.
/// </summary>
public sealed class Thumbnails(IOptions<StorageOptions> storage)
{
    /// <summary>The longest side, in pixels (twice the size shown, for sharp phone screens).</summary>
    public const int Size = 320;

    public string? For(string token, string originalPath)
    {
        var folder = Path.Combine(MediaStore.FolderFor(storage.Value), "thumbs");
        var path = Path.Combine(folder, token + ".jpg");
        if (File.Exists(path))
            return path;
        Directory.CreateDirectory(folder);
        using var original = SKBitmap.Decode(originalPath);
        if (original is null)
            return null;
        var scale = Math.Min(1.0, (double)Size / Math.Max(original.Width, original.Height));
        var info = new SKImageInfo(
            Math.Max(1, (int)(original.Width * scale)),
            Math.Max(1, (int)(original.Height * scale))
        );
        using var small = original.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var image = SKImage.FromBitmap(small);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 75);
        var temporary = Path.Combine(folder, $"{token}.{Guid.NewGuid():N}.tmp");
        using (var stream = File.Create(temporary))
            jpeg.SaveTo(stream);
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
