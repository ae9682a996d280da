using System.Text.RegularExpressions;
using Angebotsverzeichnis.Loading.Records;
using Microsoft.Playwright;
using Angebotsverzeichnis.Kinds.LanguageCourses;

namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>What a visitor does: filter a listing, search, switch the language.</summary>
[Collection(BrowserCollection.Name)]
public partial class EndToEndTests(BrowserSiteFixture site)
{
    [SkippableFact]
    public async Task ChoosingATown_ShowsOnlyOffersOfThatTownOrTheWholeDistrict_AndPutsItInTheUrl()
    {
        var expected = site.Site.Content.Offers
            .Where(o => o.Published && o.Kind == LanguageCourseKind.Instance && (o.Town == "Witten" || o.DistrictWide))
            .Select(o => $"/de/sprachkurse/{o.Id}.html")
            .Where(url => File.Exists(Path.Combine(site.Site.Output, url.TrimStart('/'))))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(expected);

        var page = await site.OpenAsync("/de/sprachkurse/");
        try
        {
            await page.WaitUntilEnhancedAsync();
            var cards = page.Locator("[data-result-list] > li.card");
            var allCourses = await cards.CountAsync();
            Assert.True(expected.Count < allCourses, "the sample should have courses outside Witten");
            var status = page.GetByRole(AriaRole.Status);
            var countBefore = (await status.TextContentAsync())!.Trim();

            await page.GetByLabel("Stadt", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Witten" });

            await page.WaitForURLAsync(TownQuery());
            await Assertions.Expect(status).ToHaveTextAsync($"Gefundene Angebote: {expected.Count}");
            Assert.NotEqual(countBefore, (await status.TextContentAsync())!.Trim());
            var shown = await page.Locator("[data-result-list] .card-title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            Assert.Equal(expected, shown.Order(StringComparer.Ordinal));
            foreach (var meta in await page.Locator("[data-result-list] .card-meta").AllTextContentsAsync())
            {
                Assert.True(meta.Contains("Witten") || meta.Contains("Im ganzen Ennepe-Ruhr-Kreis") || meta.Contains("für den ganzen Kreis"), meta);
            }
            Assert.True(await page.Locator(".pagination").IsHiddenAsync());

            // The address can be shared: opened afresh, it shows the same choice and the same offers.
            var shared = await site.OpenAsync(new Uri(page.Url).PathAndQuery);
            try
            {
                await shared.WaitUntilEnhancedAsync();
                Assert.Equal("witten", await shared.InputValueAsync("#filter-town"));
                Assert.Equal(expected.Count, await shared.Locator("[data-result-list] > li.card").CountAsync());
            }
            finally
            {
                await shared.CloseAsync();
            }
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [SkippableTheory]
    [InlineData("Turkischer")]
    [InlineData("Tuerkischer")]
    [InlineData("türkischer elternverein")]
    public async Task SearchingWithoutUmlauts_FindsTheTurkishParentsAssociation(string query)
    {
        var page = await site.OpenAsync("/de/suche/");
        try
        {
            await page.WaitUntilEnhancedAsync();
            var everything = await page.Locator("[data-result-list] > li.card").CountAsync();
            await page.GetByLabel("Suchbegriff", new() { Exact = true }).PressSequentiallyAsync(query);
            // Typing is slow on a busy machine and the list follows each keystroke: wait for the whole query.
            await page.WaitForFunctionAsync("""
                query => new URLSearchParams(location.search).get("q") === query
                  && document.querySelector("[role=status]").textContent.trim().endsWith(": " + document.querySelectorAll("[data-result-list] > li.card").length)
                """, query);

            var result = page.Locator("[data-result-list] .card-title a", new() { HasText = "Türkischer Elternverein Witten" });
            await Assertions.Expect(result).ToHaveCountAsync(1);
            var found = await page.Locator("[data-result-list] > li.card").CountAsync();
            Assert.True(found < everything, $"{found} of {everything} offers match \"{query}\"");
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Gefundene Angebote: {found}");
            Assert.Contains("q=", page.Url);

            await result.ClickAsync();
            await page.WaitForURLAsync("**/de/organisationen/tuerkischer-elternverein-witten.html");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Türkischer Elternverein Witten");
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task TheLanguageSwitcher_OpensTheSamePageInTurkish()
    {
        const string path = "/de/organisationen/tuerkischer-elternverein-witten.html";
        var page = await site.OpenAsync(path);
        try
        {
            Assert.Equal("de", await page.GetAttributeAsync("html", "lang"));
            await page.Locator(".language-switcher").GetByRole(AriaRole.Link, new() { Name = "Türkçe", Exact = true }).ClickAsync();

            await page.WaitForURLAsync(site.Url("/tr/organisationen/tuerkischer-elternverein-witten.html"));
            Assert.Equal("tr", await page.GetAttributeAsync("html", "lang"));
            Assert.Equal("ltr", await page.GetAttributeAsync("html", "dir"));
            await Assertions.Expect(page.Locator(".language-switcher .current-language")).ToHaveTextAsync("Türkçe");
            await Assertions.Expect(page.Locator(".language-switcher a[hreflang=de]")).ToHaveAttributeAsync("href", path);
            await Assertions.Expect(page.Locator("h1")).Not.ToBeEmptyAsync();
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [GeneratedRegex(@"/de/sprachkurse/\?(.*&)?ort=witten(&|$)")]
    private static partial Regex TownQuery();
}
