using System.Text.Json;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Output;

/// <summary>
/// "durchfuehrung": an offer on site (also when the record does not say), online, or both, as the page, the listings,
/// schema.org, the calendar, the search data and the open data show it.
/// </summary>
public sealed class OnlineOfferTests : IDisposable
{
    private readonly ScratchSite _site = new();

    public OnlineOfferTests()
    {
        _site.WriteRecord("sprachkurse", "kurs-vor-ort", SampleRecords.Course);
        _site.WriteRecord("sprachkurse", "kurs-online", Delivered(SampleRecords.Course, "online", "Online-Kurs"));
        _site.WriteRecord("sprachkurse", "kurs-beides", Delivered(SampleRecords.Course, "beides", "Kurs vor Ort und online"));
        _site.WriteRecord("dolmetscher", "video", Delivered(SampleRecords.Interpreter, "online", "Videodolmetschen"));
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
    }

    private static string Delivered(string yaml, string delivery, string name) =>
        SampleRecords.With(SampleRecords.With(yaml, "name", $"name:\n  de: {name}"), "durchfuehrung", $"durchfuehrung: {delivery}");

    public void Dispose() => _site.Dispose();

    private AngleSharp.Dom.IDocument Page(string sitePath) => OutputFiles.Parse(Path.Combine(_site.OutputDirectory, sitePath));

    private JsonElement JsonLd(string sitePath) =>
        JsonDocument.Parse(Page(sitePath).QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

    [Theory]
    [InlineData("de/sprachkurse/kurs-vor-ort.html", "Vor Ort", null, true)]
    [InlineData("de/sprachkurse/kurs-online.html", "Online", "Online", false)]
    [InlineData("de/sprachkurse/kurs-beides.html", "Vor Ort und online", "Vor Ort und online", true)]
    [InlineData("tr/dolmetscher/video.html", "Çevrim içi", "Çevrim içi", false)]
    public void OfferPage_SaysHowTheOfferTakesPlace_AndShowsAMapOnlyWhenThereIsAPlaceToGo(string sitePath, string fact, string? marker, bool map)
    {
        var page = Page(sitePath);

        Assert.Equal(fact, page.QuerySelector(".fact-delivery dd")?.TextContent);
        Assert.Equal(marker, page.QuerySelector(".offer-town .offer-delivery")?.TextContent);
        Assert.Equal(map, page.QuerySelector(".action-map") is not null);
        Assert.NotNull(page.QuerySelector(".contact-card .address"));
    }

    [Fact]
    public void ListingCards_MarkOffersThatAreOnline()
    {
        var cards = Page("de/sprachkurse/index.html").QuerySelectorAll(".card")
            .ToDictionary(c => c.QuerySelector(".card-title a")!.GetAttribute("href")!, c => c.QuerySelector(".card-delivery")?.TextContent);

        Assert.Null(cards["/de/sprachkurse/kurs-vor-ort.html"]);
        Assert.Equal("Online", cards["/de/sprachkurse/kurs-online.html"]);
        Assert.Equal("Vor Ort und online", cards["/de/sprachkurse/kurs-beides.html"]);
    }

    [Fact]
    public void SchemaOrg_CourseModeIsOnsiteOnlineOrBlended_WithAVirtualLocationForTheOnlinePart()
    {
        var onSite = JsonLd("de/sprachkurse/kurs-vor-ort.html").GetProperty("hasCourseInstance");
        Assert.Equal("onsite", onSite.GetProperty("courseMode").GetString());
        Assert.Equal("Place", onSite.GetProperty("location").GetProperty("@type").GetString());

        var online = JsonLd("de/sprachkurse/kurs-online.html").GetProperty("hasCourseInstance");
        Assert.Equal("online", online.GetProperty("courseMode").GetString());
        Assert.Equal("VirtualLocation", online.GetProperty("location").GetProperty("@type").GetString());
        Assert.Equal("https://vhs.example.org/kurs", online.GetProperty("location").GetProperty("url").GetString());

        var blended = JsonLd("de/sprachkurse/kurs-beides.html").GetProperty("hasCourseInstance");
        Assert.Equal("blended", blended.GetProperty("courseMode").GetString());
        Assert.Equal(["Place", "VirtualLocation"], blended.GetProperty("location").EnumerateArray().Select(l => l.GetProperty("@type").GetString()));
    }

    [Fact]
    public void SchemaOrg_AnOnlineServiceHasAPostalAddressButNoServiceLocation()
    {
        var channel = JsonLd("de/dolmetscher/video.html").GetProperty("availableChannel");

        Assert.False(channel.TryGetProperty("serviceLocation", out _));
        Assert.Equal("Bahnhofstraße 2", channel.GetProperty("servicePostalAddress").GetProperty("streetAddress").GetString());
    }

    [Fact]
    public void CalendarEntryOfAnOnlineCourse_SaysOnlineInsteadOfTheProvidersAddress()
    {
        Assert.Contains("LOCATION:Online\r\n", _site.ReadOutput("de/sprachkurse/kurs-online.ics"));
        Assert.Contains("LOCATION:Hauptstraße 1\\, 58452 Witten\r\n", _site.ReadOutput("de/sprachkurse/kurs-beides.ics"));
    }

    [Fact]
    public void SearchData_GivesTheDeliveryOfOnlineOffers_AndItsLabels()
    {
        var index = JsonDocument.Parse(_site.ReadOutput("ar/angebote.json")).RootElement;
        var modes = index.GetProperty("offers").EnumerateArray()
            .ToDictionary(e => e.GetProperty("u").GetString()!, e => e.TryGetProperty("m", out var m) ? m.GetString() : null);

        Assert.Null(modes["/ar/sprachkurse/kurs-vor-ort.html"]);
        Assert.Equal("online", modes["/ar/sprachkurse/kurs-online.html"]);
        Assert.Equal("beides", modes["/ar/sprachkurse/kurs-beides.html"]);
        Assert.Equal("عبر الإنترنت", index.GetProperty("labels").GetProperty("deliveries").GetProperty("online").GetString());
    }

    [Fact]
    public void OpenData_CarriesTheDelivery_InJsonCsvAndHsdsLocations()
    {
        var offers = JsonDocument.Parse(_site.ReadOutput("data/angebote.json")).RootElement.GetProperty("angebote").EnumerateArray()
            .ToDictionary(o => o.GetProperty("id").GetString()!, o => o.GetProperty("durchfuehrung").GetString());
        Assert.Equal("vor-ort", offers["kurs-vor-ort"]);
        Assert.Equal("online", offers["kurs-online"]);

        var csv = _site.ReadOutput("data/angebote.csv").Split("\r\n");
        var column = Array.IndexOf(csv[0].Split(';'), "durchfuehrung");
        Assert.True(column > 0);
        Assert.Equal("beides", csv.Single(l => l.StartsWith("kurs-beides;", StringComparison.Ordinal)).Split(';')[column]);

        var locations = _site.ReadOutput("data/hsds/locations.csv");
        Assert.Contains("\r\nort-kurs-vor-ort;physical;;", locations);
        Assert.Contains("\r\nort-kurs-online;postal;;", locations);
        Assert.Contains("\r\nonline-kurs-online;virtual;https://vhs.example.org/kurs;", locations);
        Assert.Contains("\r\nonline-kurs-beides;virtual;", locations);
        Assert.DoesNotContain("online-kurs-vor-ort", locations);
        var served = _site.ReadOutput("data/hsds/service_at_locations.csv");
        Assert.Contains("\r\nkurs-online-online-kurs-online;kurs-online;online-kurs-online\r\n", served);
        Assert.DoesNotContain(";ort-kurs-online\r\n", served);
        Assert.Contains(";kurs-beides;ort-kurs-beides\r\n", served);
        Assert.Contains(";kurs-beides;online-kurs-beides\r\n", served);
    }
}
