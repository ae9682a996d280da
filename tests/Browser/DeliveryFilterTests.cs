using Angebotsverzeichnis.Loading.Records;
using Microsoft.Playwright;

namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>The filter "Durchführung" on the search page: an offer on site and online is found under either choice.</summary>
[Collection(BrowserCollection.Name)]
public class DeliveryFilterTests(BrowserSiteFixture site)
{
    [SkippableFact]
    public async Task ChoosingOnline_FindsOnlineOffersAndThoseOnSiteAndOnline_AndTheirCardsSaySo()
    {
        var published = site.Site.Content.Offers
            .Where(o => o.Published && File.Exists(Path.Combine(site.Site.Output, "de", o.Kind.Folder, o.Id + ".html")))
            .ToList();
        string Url(Offer o) => $"/de/{o.Kind.Folder}/{o.Id}.html";
        var online = published.Where(o => o.Online).Select(Url).Order(StringComparer.Ordinal).ToList();
        var onSite = published.Where(o => o.OnSite).Select(Url).Order(StringComparer.Ordinal).ToList();
        Assert.Contains(published, o => o.OnlineOnly);
        Assert.Contains(published, o => o.Online && o.OnSite);

        var page = await site.OpenAsync("/de/suche/");
        try
        {
            await page.WaitUntilEnhancedAsync();
            var select = page.GetByLabel("Durchführung", new() { Exact = true });
            Assert.Equal(["Alle", "Vor Ort", "Online"], await select.Locator("option").AllTextContentsAsync());

            await select.SelectOptionAsync(new SelectOptionValue { Label = "Online" });
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Gefundene Angebote: {online.Count}");
            Assert.Contains("durchfuehrung=online", page.Url);
            var cards = await page.Locator("[data-result-list] > li.card").EvaluateAllAsync<string[][]>(
                "cards => cards.map(c => [c.querySelector('.card-title a').getAttribute('href'), c.querySelector('.card-delivery')?.textContent ?? ''])");
            Assert.Equal(online, cards.Select(c => c[0]).Order(StringComparer.Ordinal));
            foreach (var card in cards)
            {
                var offer = published.Single(o => Url(o) == card[0]);
                Assert.Equal(offer.OnlineOnly ? "Online" : "Vor Ort und online", card[1]);
            }

            await select.SelectOptionAsync(new SelectOptionValue { Label = "Vor Ort" });
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Gefundene Angebote: {onSite.Count}");
            var shown = await page.Locator("[data-result-list] .card-title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            Assert.Equal(onSite, shown.Order(StringComparer.Ordinal));
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
