using System.Text;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Tests.Support;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Tests.Building;

public class SampleSiteTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private static readonly string[] Languages = ["de", "en", "tr", "ar", "uk", "ru", "pl", "fa"];

    private IEnumerable<Offer> Published => site.Content.Offers.Where(o => o.Published);

    [Fact]
    public void SampleContent_BuildsWithoutErrors_AndMeetsTheSampleRequirements()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Sorted()));
        Assert.True(site.Content.Offers.Count >= 60);
        Assert.Equal(9, site.Content.Offers.Select(o => o.Town).Distinct().Count());
        Assert.Equal(OfferKinds.All.Count, site.Content.Offers.Select(o => o.Kind).Distinct().Count());
        var translated = site.Content.Offers.Count(o => o.Name.Languages.Count(l => l != "de") >= 3 && o.Description.Languages.Count(l => l != "de") >= 3);
        Assert.True(translated * 3 >= site.Content.Offers.Count, $"{translated} records translated into three languages");
        Assert.Contains(site.Content.Offers, o => !o.Published);
    }

    [Fact]
    public void EveryListing_ShowsItsOffersInTheAlphabeticalOrderOfItsLanguage()
    {
        var listings = 0;
        foreach (var language in Languages)
        {
            var order = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(language), ignoreCase: false);
            foreach (var file in OutputFiles.Pages(Path.Combine(site.Output, language)))
            {
                var names = OutputFiles.Parse(file).QuerySelectorAll("ul.cards .card-title").Select(t => t.TextContent.Trim()).ToList();
                if (names.Count < 2) continue;
                listings++;
                for (var i = 1; i < names.Count; i++)
                {
                    Assert.True(order.Compare(names[i - 1], names[i]) <= 0, $"{OutputFiles.SitePath(site.Output, file)}: \"{names[i - 1]}\" before \"{names[i]}\"");
                }
            }
        }
        Assert.True(listings > 8 * 10, $"only {listings} listings with several offers");
    }

    [Fact]
    public void EveryPublishedRecord_HasAPageInEveryLanguage()
    {
        foreach (var offer in Published)
        {
            foreach (var language in Languages)
            {
                var page = Path.Combine(site.Output, language, offer.Kind.Folder, offer.Id + ".html");
                Assert.True(File.Exists(page), $"missing {page}");
            }
        }
    }

    [Fact]
    public void UnpublishedRecords_AppearInNoOutputFile()
    {
        var unpublished = site.Content.Offers.Where(o => !o.Published).ToList();
        Assert.NotEmpty(unpublished);
        var markers = unpublished.SelectMany(o => new[] { o.Id, o.Name.In("de")! }).ToList();
        foreach (var file in OutputFiles.All(site.Output))
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            foreach (var marker in markers)
            {
                Assert.False(text.Contains(marker, StringComparison.Ordinal), $"{marker} found in {file}");
                Assert.DoesNotContain(marker, file);
            }
        }
    }

    [Fact]
    public void EveryPage_HasLangAndDir_AndRightToLeftLanguagesAreLaidOutRightToLeft()
    {
        foreach (var file in OutputFiles.Pages(site.Output))
        {
            var html = OutputFiles.Parse(file).DocumentElement;
            var lang = html.GetAttribute("lang");
            var dir = html.GetAttribute("dir");
            Assert.False(string.IsNullOrEmpty(lang), file);
            var language = Path.GetRelativePath(site.Output, file).Split(Path.DirectorySeparatorChar)[0];
            if (Languages.Contains(language)) Assert.Equal(language, lang);
            Assert.Equal(lang is "ar" or "fa" ? "rtl" : "ltr", dir);
        }
    }

    [Fact]
    public void EveryInternalLinkAndHreflangAlternate_Resolves()
    {
        var checkedLinks = 0;
        foreach (var file in OutputFiles.Pages(site.Output))
        {
            var document = OutputFiles.Parse(file);
            var targets = document.QuerySelectorAll("a[href], link[href]")
                .Select(e => e.GetAttribute("href")!)
                .Where(href => href.StartsWith('/') || href.StartsWith(SampleSiteFixture.BaseUrl, StringComparison.Ordinal));
            foreach (var href in targets)
            {
                Assert.True(Resolves(href), $"{OutputFiles.SitePath(site.Output, file)} links to {href}, which does not exist");
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 10_000, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void LanguageSwitcherAndHreflang_LeadToTheSamePageInEveryLanguage()
    {
        foreach (var file in OutputFiles.Pages(site.Output).Where(f => !f.EndsWith("404.html")))
        {
            var sitePath = OutputFiles.SitePath(site.Output, file);
            var parts = sitePath.Split('/', 3);
            if (parts.Length < 3 || !Languages.Contains(parts[1])) continue;
            var rest = parts[2].EndsWith("index.html") ? parts[2][..^"index.html".Length] : parts[2];
            var document = OutputFiles.Parse(file);
            // Pages kept out of search engines (404, the German-only coverage report) have no translations.
            if (document.QuerySelector("meta[name=robots][content=noindex]") is not null) continue;

            var hreflang = document.QuerySelectorAll("link[rel=alternate][hreflang]")
                .Where(l => l.GetAttribute("hreflang") != "x-default")
                .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
            Assert.Equal(Languages.Order(), hreflang.Keys.Order());
            foreach (var language in Languages)
            {
                Assert.Equal($"{SampleSiteFixture.BaseUrl}{language}/{rest}", hreflang[language]);
            }

            var switcher = document.QuerySelectorAll(".language-switcher a[hreflang]")
                .ToDictionary(a => a.GetAttribute("hreflang")!, a => a.GetAttribute("href")!);
            Assert.Equal(Languages.Where(l => l != parts[1]).Order(), switcher.Keys.Order());
            foreach (var (language, href) in switcher) Assert.Equal($"/{language}/{rest}", href);
        }
    }

    [Fact]
    public void EachLanguage_HasHomeListingsAboutAndNotFoundPages()
    {
        var towns = new[] { "breckerfeld", "ennepetal", "gevelsberg", "hattingen", "herdecke", "schwelm", "sprockhoevel", "wetter-ruhr", "witten" };
        foreach (var language in Languages)
        {
            var expected = new List<string> { "index.html", "ueber/index.html", "404.html", "orte/index.html", "sprachen/index.html", "sprachen/tr/index.html" };
            expected.AddRange(OfferKinds.All.Select(k => $"{k.Folder}/index.html"));
            expected.AddRange(towns.Select(t => $"orte/{t}/index.html"));
            foreach (var page in expected)
            {
                Assert.True(File.Exists(Path.Combine(site.Output, language, page)), $"{language}/{page} missing");
            }
        }
    }

    [Fact]
    public void Listings_ShowEveryPublishedOfferOfTheirKindTownAndLanguage()
    {
        var witten = OutputFiles.Parse(Path.Combine(site.Output, "de", "orte", "witten", "index.html"));
        var shown = witten.QuerySelectorAll(".card-title a").Select(a => a.GetAttribute("href")).ToHashSet();
        var expected = Published.Where(o => o.Town == "Witten" || o.DistrictWide).Select(o => $"/de/{o.Kind.Folder}/{o.Id}.html").ToHashSet();
        Assert.Equal(expected.Order(), shown.Order());

        var turkish = OutputFiles.Parse(Path.Combine(site.Output, "ar", "sprachen", "tr", "index.html"));
        Assert.Equal(Published.Count(o => o.Languages.Contains("tr")), turkish.QuerySelectorAll(".card").Length);
    }

    [Fact]
    public void Root_HasALanguageChooserInEachLanguagesOwnScript_ASitemapWithAlternates_AndRobotsTxt()
    {
        var chooser = OutputFiles.Parse(Path.Combine(site.Output, "index.html"));
        var names = chooser.QuerySelectorAll(".language-chooser li")
            .ToDictionary(li => li.GetAttribute("lang")!, li => li.QuerySelector(".language-name")!.TextContent);
        Assert.Equal("العربية", names["ar"]);
        Assert.Equal("فارسی", names["fa"]);
        Assert.Equal("Українська", names["uk"]);
        Assert.Equal("Türkçe", names["tr"]);
        Assert.Equal("rtl", chooser.QuerySelector(".language-chooser li[lang=ar]")!.GetAttribute("dir"));

        var index = File.ReadAllText(Path.Combine(site.Output, "sitemap.xml"));
        Assert.Contains($"<loc>{SampleSiteFixture.BaseUrl}tr/sitemap.xml</loc>", index);
        var turkishSitemap = File.ReadAllText(Path.Combine(site.Output, "tr", "sitemap.xml"));
        var offer = Published.First();
        var path = $"{offer.Kind.Folder}/{offer.Id}.html";
        Assert.Contains($"<loc>{SampleSiteFixture.BaseUrl}tr/{path}</loc>", turkishSitemap);
        Assert.Contains($"<xhtml:link rel=\"alternate\" hreflang=\"fa\" href=\"{SampleSiteFixture.BaseUrl}fa/{path}\"/>", turkishSitemap);
        System.Xml.Linq.XDocument.Parse(turkishSitemap);

        Assert.Contains($"Sitemap: {SampleSiteFixture.BaseUrl}sitemap.xml", File.ReadAllText(Path.Combine(site.Output, "robots.txt")));
    }

    [Fact]
    public void NoPage_RequestsAnotherHost()
    {
        foreach (var file in OutputFiles.Pages(site.Output))
        {
            var document = OutputFiles.Parse(file);
            var loaded = document.QuerySelectorAll("link[rel=stylesheet], script[src], img[src], iframe[src], source[src], link[rel=preload], link[rel=icon]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "");
            Assert.All(loaded, url => Assert.DoesNotMatch(@"^([a-zA-Z][a-zA-Z0-9+.-]*:|//)", url));
        }
    }

    private bool Resolves(string href)
    {
        var path = href.StartsWith(SampleSiteFixture.BaseUrl, StringComparison.Ordinal) ? href[SampleSiteFixture.BaseUrl.Length..] : href.TrimStart('/');
        path = path.Split('#')[0];
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        return File.Exists(Path.Combine(site.Output, path));
    }
}
