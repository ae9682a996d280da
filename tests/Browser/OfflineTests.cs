using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>
/// With the service worker, pages seen once (and the language's main pages, fetched in the background) open without
/// a connection. Proved by going offline and by the server's request log: nothing reaches the server meanwhile.
/// </summary>
[Collection(BrowserCollection.Name)]
public class OfflineTests(BrowserSiteFixture site, ITestOutputHelper output)
{
    /// <summary>Whether the page's origin has <paramref name="path"/> in any of its caches.</summary>
    private const string IsCached = """
        async path => {
          for (const name of await caches.keys()) {
            if (await (await caches.open(name)).match(new URL(path, location.href).href)) return true;
          }
          return false;
        }
        """;

    [SkippableFact]
    public async Task AVisitedDetailPage_AndTheKindListing_OpenOffline()
    {
        var detail = SitePages.Resolve(site.Site.Output, "/de/detail-dolmetscher");
        const string listing = "/de/sprachkurse/";
        var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync(site.Url("/de/"));
            await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null", null, new() { Timeout = 20_000 });
            Assert.Equal(site.Url("/sw.js"), new Uri(await page.EvaluateAsync<string>("() => navigator.serviceWorker.controller.scriptURL")).GetLeftPart(UriPartial.Path));

            // The page asked the worker to keep this language's main pages; wait until the listing is stored.
            await WaitUntilCachedAsync(page, listing);
            Assert.Contains(site.Server.Requests, r => r.StartsWith(listing, StringComparison.Ordinal));

            var online = await page.GotoAsync(site.Url(detail));
            Assert.Equal(200, online!.Status);
            var heading = (await page.Locator("h1").TextContentAsync())!.Trim();
            Assert.NotEmpty(heading);
            await WaitUntilCachedAsync(page, detail);

            var requestsBefore = site.Server.Requests.Count;
            await context.SetOfflineAsync(true);
            try
            {
                var reloaded = await page.ReloadAsync();
                Assert.NotNull(reloaded);
                Assert.True(reloaded.FromServiceWorker, "the reloaded page should come from the service worker");
                Assert.Equal(200, reloaded.Status);
                await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
                Assert.Equal(site.Url(detail), page.Url);

                var list = await page.GotoAsync(site.Url(listing));
                Assert.NotNull(list);
                Assert.True(list.FromServiceWorker);
                await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sprachkurse");
                Assert.True(await page.Locator("li.card").CountAsync() > 0);

                // A page never seen falls back to the language's home page instead of the browser's error page.
                var unseen = await page.GotoAsync(site.Url("/de/orte/breckerfeld/"));
                Assert.NotNull(unseen);
                Assert.True(unseen.FromServiceWorker);
                Assert.Equal("page-home", await page.GetAttributeAsync("body", "class"));

                var offlineRequests = site.Server.Requests.Skip(requestsBefore).ToList();
                Assert.True(offlineRequests.Count == 0, "requests reached the server while offline: " + string.Join(", ", offlineRequests));
            }
            finally
            {
                await context.SetOfflineAsync(false);
            }

            // Proof that the browser really was offline: the same unseen page, now online, is the town listing.
            await page.GotoAsync(site.Url("/de/orte/breckerfeld/"));
            Assert.Equal("page-listing", await page.GetAttributeAsync("body", "class"));
            output.WriteLine($"{site.Server.Requests.Count} requests in all; none while offline");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static async Task WaitUntilCachedAsync(IPage page, string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await page.EvaluateAsync<bool>(IsCached, path))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{path} was not cached within 20 seconds");
            await Task.Delay(100);
        }
    }
}
