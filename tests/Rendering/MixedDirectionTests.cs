using Angebotsverzeichnis.Tests.Building;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Rendering;

/// <summary>
/// On Arabic and Persian pages, Latin names are isolated from the text around them, lists use the Arabic comma,
/// and German text that stands in for a missing translation is set left to right as a block of its own.
/// </summary>
public class MixedDirectionTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    public static TheoryData<string> RightToLeft => new(Browser.SitePages.RightToLeft);

    [Theory]
    [MemberData(nameof(RightToLeft))]
    public void ProviderAndTownNames_AreIsolated_OnOfferPages(string language)
    {
        var page = OutputFiles.Parse(Path.Combine(site.Output, language, "sprachkurse", "vhs-witten-integrationskurs-a1.html"));
        var provider = page.QuerySelector("main .provider")!;
        Assert.Equal("Volkshochschule Witten | Wetter | Herdecke", provider.QuerySelector("bdi")!.TextContent);
        Assert.Equal("Witten", page.QuerySelector("main .offer-town bdi")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(RightToLeft))]
    public void CardLists_UseTheArabicComma_BetweenIsolatedNames(string language)
    {
        var cards = OutputFiles.Parse(Path.Combine(site.Output, language, "sprachkurse", "index.html")).QuerySelectorAll(".card-languages").ToList();
        var several = cards.Where(c => c.QuerySelectorAll("bdi").Length > 1).ToList();
        Assert.NotEmpty(several);
        foreach (var list in several)
        {
            var names = list.QuerySelectorAll("bdi").Select(b => b.TextContent).ToList();
            var text = list.TextContent;
            Assert.DoesNotContain(", ", text);
            Assert.Contains(string.Join("، ", names), text);
        }
        foreach (var town in OutputFiles.Parse(Path.Combine(site.Output, language, "sprachkurse", "index.html")).QuerySelectorAll(".card-meta"))
        {
            Assert.NotNull(town.QuerySelector("bdi.card-town"));
        }
    }

    [Theory]
    [MemberData(nameof(RightToLeft))]
    public void GermanTeaserInACard_IsALeftToRightBlock(string language)
    {
        var teasers = OutputFiles.Parse(Path.Combine(site.Output, language, "sprachkurse", "index.html")).QuerySelectorAll(".card-teaser").ToList();
        var german = teasers.Where(t => t.GetAttribute("lang") == "de").ToList();
        Assert.NotEmpty(german);
        Assert.All(german, t => Assert.Equal("ltr", t.GetAttribute("dir")));
        Assert.All(teasers.Where(t => t.GetAttribute("lang") is null), t => Assert.Empty(t.QuerySelectorAll("[lang=de]")));
    }

    [Fact]
    public void TimesAndTheirNote_StandUnderOneHeading()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(site.Output, "de"), "*.html", SearchOption.AllDirectories))
        {
            var labels = OutputFiles.Parse(file).QuerySelectorAll("main dt").Select(d => d.TextContent).ToList();
            Assert.True(labels.Count == labels.Distinct().Count(), $"{file} repeats a heading: {string.Join(", ", labels)}");
        }
        var page = OutputFiles.Parse(Path.Combine(site.Output, "de", "sprachkurse", "vhs-witten-integrationskurs-a1.html"));
        var times = page.QuerySelector(".fact-times dd")!.TextContent;
        Assert.Contains("08:30", times);
        Assert.Contains("Schulferien", times);
    }

    /// <summary>
    /// The home page names the nine towns in its introduction: in Arabic and Persian the list is set right to left
    /// (RLI … PDI) with each Latin name isolated (FSI … PDI), so "Wetter (Ruhr)" keeps its parentheses and the
    /// names keep their order; the towns come from site.yaml, not from the translation.
    /// </summary>
    [Theory]
    [MemberData(nameof(RightToLeft))]
    public void HomeIntroduction_ListsTheTowns_IsolatedOneByOne(string language)
    {
        var intro = OutputFiles.Parse(Path.Combine(site.Output, language, "index.html")).QuerySelector("main .intro")!.TextContent;
        var towns = site.Content.Settings.Towns.Select(t => "\u2068" + t.Name + "\u2069").ToList();
        var list = "\u2067" + string.Join("، ", towns.Take(towns.Count - 1)) + (language == "ar" ? " و" : " و ") + towns[^1] + "\u2069";
        Assert.Contains(list, intro);
        Assert.Contains("\u2068Wetter (Ruhr)\u2069", intro);
    }

    [Fact]
    public void LatinTownNames_InRightToLeftHeadings_AreIsolated_InLeftToRightOnesNot()
    {
        string Heading(string language) =>
            OutputFiles.Parse(Path.Combine(site.Output, language, "orte", "wetter-ruhr", "index.html")).QuerySelector("h1")!.TextContent;
        Assert.EndsWith("\u2068Wetter (Ruhr)\u2069", Heading("ar"));
        Assert.EndsWith("\u2068Wetter (Ruhr)\u2069", Heading("fa"));
        Assert.DoesNotContain('\u2068', Heading("de"));
        Assert.DoesNotContain('\u2068', Heading("uk"));
        Assert.Contains("Wetter (Ruhr) und Witten", OutputFiles.Parse(Path.Combine(site.Output, "de", "index.html")).QuerySelector("main .intro")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(RightToLeft))]
    public void LeafletLanguageLists_UseTheArabicComma_InTheTranslatedHalf(string language)
    {
        var halves = OutputFiles.Parse(Path.Combine(site.Output, language, "merkblatt", "witten", "index.html"))
            .QuerySelectorAll(".languages .translated-part").Select(p => p.TextContent).ToList();
        Assert.Contains(halves, text => text.Contains("، ", StringComparison.Ordinal));
        Assert.DoesNotContain(halves, text => text.Contains(", ", StringComparison.Ordinal));
    }
}
