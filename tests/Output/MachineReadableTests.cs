using System.Text.Json;
using System.Xml.Linq;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Tests.Building;
using Angebotsverzeichnis.Tests.Support;
using Angebotsverzeichnis.Kinds.MigrantOrganisations;
using Angebotsverzeichnis.Kinds.LanguageCourses;

namespace Angebotsverzeichnis.Tests.Output;

/// <summary>What machines read: schema.org data, open-data exports, calendar and Atom feeds.</summary>
public class MachineReadableTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private List<Offer> Published => site.Content.Offers.Where(o => o.Published && !(o.Details is LanguageCourse { End: { } end } && end < ScratchSite.Today)).ToList();

    [Fact]
    public void DetailPages_CarrySchemaOrgDataOfTheRightType()
    {
        foreach (var offer in Published)
        {
            var page = OutputFiles.Parse(Path.Combine(site.Output, "tr", offer.Kind.Folder, offer.Id + ".html"));
            var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
            var expected = offer.Kind == LanguageCourseKind.Instance ? "Course" : offer.Kind == MigrantOrganisationKind.Instance ? "Organization" : "Service";
            Assert.Equal(expected, json.GetProperty("@type").GetString());
            Assert.Equal($"{SampleSiteFixture.BaseUrl}tr/{offer.Kind.Folder}/{offer.Id}.html", json.GetProperty("url").GetString());
            if (offer.Kind == LanguageCourseKind.Instance)
                Assert.Equal("CourseInstance", json.GetProperty("hasCourseInstance").GetProperty("@type").GetString());
            if (offer.Times.Count > 0 && offer.Kind == MigrantOrganisationKind.Instance)
                Assert.True(json.GetProperty("location").GetProperty("openingHoursSpecification").GetArrayLength() > 0);
        }
    }

    [Fact]
    public void OpenData_HoldsEveryPublishedOfferAndNothingElse_InJsonCsvAndHsds()
    {
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "data", "angebote.json"))).RootElement;
        var ids = json.GetProperty("angebote").EnumerateArray().Select(o => o.GetProperty("id").GetString()).Order().ToList();
        Assert.Equal(Published.Select(o => o.Id).Order(), ids);
        var first = json.GetProperty("angebote")[0];
        Assert.False(first.TryGetProperty("intern", out _));
        Assert.True(first.GetProperty("name").TryGetProperty("de", out _));

        var csv = File.ReadAllLines(Path.Combine(site.Output, "data", "angebote.csv"));
        Assert.StartsWith("id;art;ort;", csv[0]);
        var services = File.ReadAllText(Path.Combine(site.Output, "data", "hsds", "services.csv"));
        foreach (var offer in Published) Assert.Contains($"\r\n{offer.Id};", services);
        var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "data", "hsds", "datapackage.json"))).RootElement;
        var resources = package.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Contains("organizations", resources);
        Assert.Contains("schedules", resources);
        Assert.All(resources, name => Assert.True(File.Exists(Path.Combine(site.Output, "data", "hsds", name + ".csv"))));
    }

    [Fact]
    public void SearchData_FindsAnOfferByTheWordsOfItsNameInBothLanguages_AndHoldsEachWordOnce()
    {
        var entries = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "tr", "angebote.json"))).RootElement
            .GetProperty("offers").EnumerateArray()
            .ToDictionary(e => e.GetProperty("u").GetString()!, e => e.GetProperty("s").GetString()!.Split(' '));
        Assert.NotEmpty(entries);
        foreach (var offer in Published)
        {
            var words = entries[$"/tr/{offer.Kind.Folder}/{offer.Id}.html"];
            Assert.Equal(words.Length, words.Distinct().Count());
            foreach (var name in new[] { offer.Name.In("de"), offer.Name.In("tr") }.OfType<string>())
            {
                Assert.All(Angebotsverzeichnis.Rendering.SearchText.Fold(name).Split(' '), word => Assert.Contains(word, words));
            }
        }
    }

    [Fact]
    public void CourseStartsFeed_HasAnEventForEachCourseWithAStartStillAhead()
    {
        var feed = File.ReadAllText(Path.Combine(site.Output, "ar", "kursbeginne.ics"));
        var courses = Published.Where(o => o.Details is LanguageCourse { Start: { } start } && start >= ScratchSite.Today).ToList();
        Assert.Contains(Published, o => o.Details is LanguageCourse { Start: { } start } && start < ScratchSite.Today);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", feed);
        Assert.Equal(courses.Count, feed.Split("BEGIN:VEVENT").Length - 1);
        foreach (var course in courses)
        {
            var start = ((LanguageCourse)course.Details).Start!.Value;
            Assert.Contains($"UID:{course.Id}-{start:yyyyMMdd}@", feed);
            Assert.Contains($"DTSTART;VALUE=DATE:{start:yyyyMMdd}", feed);
        }
        Assert.All(feed.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        var single = courses[0];
        Assert.True(File.Exists(Path.Combine(site.Output, "de", "sprachkurse", single.Id + ".ics")));
    }

    [Fact]
    public void UpdatesFeed_IsAtomWithTheNewestReviewedOffersFirst()
    {
        var feed = XDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "uk", "aktualisiert.atom")));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var updated = feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "updated")!.Value).ToList();
        Assert.NotEmpty(updated);
        Assert.Equal(updated.OrderByDescending(u => u, StringComparer.Ordinal), updated);
        Assert.All(feed.Root!.Elements(atom + "entry"), e => Assert.StartsWith($"{SampleSiteFixture.BaseUrl}uk/", e.Element(atom + "id")!.Value));
    }

    [Fact]
    public void OpenGraphTags_DescribeEachPage()
    {
        var page = OutputFiles.Parse(Path.Combine(site.Output, "pl", "index.html"));
        Assert.Equal($"{SampleSiteFixture.BaseUrl}pl/", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal("pl_PL", page.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[property='og:title']")!.GetAttribute("content")));
    }
}
