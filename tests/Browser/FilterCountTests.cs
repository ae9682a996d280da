namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>While the filters show a selection, the listing's own total is not shown beside the count of what they found.</summary>
[Collection(BrowserCollection.Name)]
public class FilterCountTests(BrowserSiteFixture site)
{
    [SkippableFact]
    public async Task Filtering_HidesTheListingTotal_AndResettingShowsItAgain()
    {
        var page = await site.OpenAsync("/de/sprachkurse/");
        try
        {
            await page.WaitUntilEnhancedAsync();
            Assert.True(await page.Locator(".total").IsVisibleAsync());
            await page.Locator("#filter-town").SelectOptionAsync("witten");
            await page.WaitForFunctionAsync("() => document.querySelector('.result-count').textContent.trim() !== ''");
            Assert.False(await page.Locator(".total").IsVisibleAsync());
            var found = await page.Locator("[data-result-list] > li").CountAsync();
            Assert.Contains(found.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator(".result-count").TextContentAsync());

            await page.Locator("button[type=reset]").ClickAsync();
            await page.WaitForFunctionAsync("() => document.querySelector('.result-count').textContent.trim() === ''");
            Assert.True(await page.Locator(".total").IsVisibleAsync());
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
