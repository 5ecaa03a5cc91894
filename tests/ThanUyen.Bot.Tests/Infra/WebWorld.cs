using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reports.Kinds.Progress;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web;

namespace ThanUyen.Bot.Tests.Infra;

/// <summary>
/// Two communes' worth of people and reports for the web view's tests: officers Hoa (Mường Kim) and Sử
/// (Pha Mu), members Lan (Thẩm Phé, Mường Kim) and Chua (Pá Khôm, Pha Mu), a Mường Kim sale and a Mường Kim
/// work's progress with two kept photos, one still on Telegram and a location, and a Pha Mu sale.
/// </summary>
public sealed class WebWorld
{
    public required Member Admin { get; init; }
    public required Member Hoa { get; init; }
    public required Member Sung { get; init; }
    public required Member Lan { get; init; }
    public required Member Chua { get; init; }
    public required Report MuongKimSale { get; init; }
    public required Report MuongKimProgress { get; init; }
    public required Report PhaMuSale { get; init; }
    public required SubProject MuongKimWork { get; init; }

    public static WebWorld Seed(IServiceProvider services, DateTime nowUtc)
    {
        var stores = services.GetRequiredService<Stores>();
        var media = services.GetRequiredService<MediaStore>();
        var admin = stores.Members.Active(Role.Admin).First();
        var hoa = Add(stores, People.Hoa, Role.Officer, "muong-kim", null);
        var sung = Add(stores, People.Sung, Role.Officer, "pha-mu", null);
        var lan = Add(stores, People.Lan, Role.Member, "muong-kim", "tham-phe");
        var chua = Add(stores, People.Chua, Role.Member, "pha-mu", "pa-khom");
        var work = stores.Catalogue.SubProjectsIn("tham-phe").First();
        var sale = ReportSeeder.Sale(stores, lan, nowUtc.AddHours(-3), "cattle", 3, "con", 36_000_000);
        sale.Answers = new()
        {
            ["product"] = "cattle",
            ["quantity"] = "3 con",
            ["price_kind"] = "total",
            ["amount"] = "36000000",
            ["buyer"] = "trader",
            ["date"] = DateOnly
                .FromDateTime(nowUtc)
                .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["household"] = "",
        };
        var photos = new[]
        {
            "media:" + media.Save(Jpeg(SKColors.SeaGreen), "photo.jpg", "image/jpeg", null),
            "media:" + media.Save(Jpeg(SKColors.SaddleBrown), "photo.jpg", "image/jpeg", null),
            "AgACAgUAAxkBAAIBtelegram-file-id",
        };
        var progress = ReportSeeder.Progress(stores, lan, nowUtc.AddHours(-2), work, 45, 20, workdays: 40);
        var facts = progress.FactsAs<ProgressFacts>()!;
        facts.PhotoFileIds = [.. photos];
        (facts.Latitude, facts.Longitude) = (22.0411, 103.8902);
        progress.Answers = new()
        {
            ["subproject"] = work.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["percent"] = "45",
            ["status"] = "on_track",
            ["workdays"] = "40",
            ["cash"] = "",
            ["problems"] = "Thiếu xi măng",
            ["photo"] = string.Join(' ', photos),
            ["location"] = "22.0411,103.8902",
        };
        var phaMu = ReportSeeder.Sale(stores, chua, nowUtc.AddHours(-1), "honey", 20, "lít", 6_000_000);
        stores.Writer.Write(() =>
        {
            stores.Reports.Save(sale);
            stores.Reports.Save(progress);
        });
        return new WebWorld
        {
            Admin = admin,
            Hoa = hoa,
            Sung = sung,
            Lan = lan,
            Chua = chua,
            MuongKimSale = sale,
            MuongKimProgress = progress,
            PhaMuSale = phaMu,
            MuongKimWork = work,
        };
    }

    /// <summary>A session as /web's link would open it (tests of pages need not walk the link each time).</summary>
    public static string SessionFor(IServiceProvider services, Member member, DateTime nowUtc)
    {
        var stores = services.GetRequiredService<Stores>();
        return stores.Writer.Write(() => stores.WebSessions.Start(member, nowUtc, TimeSpan.FromDays(7)));
    }

    private static Member Add(Stores stores, Person person, Role role, string commune, string? village)
    {
        var member = new Member
        {
            Name = person.Name,
            Role = role,
            CommuneId = commune,
            VillageId = village,
            Addresses = [person.Address.ToString()],
        };
        stores.Writer.Write(() => stores.Members.Save(member));
        return member;
    }

    public static byte[] Jpeg(SKColor color)
    {
        using var bitmap = new SKBitmap(1200, 900);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(color);
            using var paint = new SKPaint { Color = SKColors.White };
            canvas.DrawCircle(600, 450, 250, paint);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }
}
