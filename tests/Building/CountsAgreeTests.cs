using System.Text.RegularExpressions;
using Angebotsverzeichnis.Tests.Browser;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Building;

/// <summary>A number beside a link is the number the linked page shows.</summary>
public partial class CountsAgreeTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    public static TheoryData<string> Languages => new(SitePages.Languages);

    [Theory]
    [MemberData(nameof(Languages))]
    public void TownAndLanguageCounts_OnTheHomePage_AreTheCountsOfTheirListings(string language)
    {
        var home = OutputFiles.Parse(Path.Combine(site.Output, language, "index.html"));
        var links = home.QuerySelectorAll("main .link-list li").ToList();
        Assert.True(links.Count >= 9 + 5);
        foreach (var item in links)
        {
            var link = item.QuerySelector("a")!;
            var shown = Digits(item.QuerySelector(".count")!.TextContent);
            var listing = OutputFiles.Parse(Path.Combine(site.Output, link.GetAttribute("href")!.TrimStart('/'), "index.html"));
            var total = Digits(listing.QuerySelector("main .total strong")!.TextContent);
            Assert.True(shown == total, $"{language}: \"{link.TextContent}\" shows {shown}, its listing {total}");
        }
    }

    /// <summary>The number in a text, whatever digits the language writes (Arabic-Indic, Persian or Western).</summary>
    private static int Digits(string text) =>
        int.Parse(string.Concat(Number().Match(text).Value.Where(char.IsDigit).Select(c => (char)('0' + (int)char.GetNumericValue(c)))));

    [GeneratedRegex(@"\d[\d\s.,٬]*")]
    private static partial Regex Number();
}
