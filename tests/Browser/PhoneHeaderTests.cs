using Microsoft.Playwright;

namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>
/// On a phone (390 × 844) the header is one row of name and one of two buttons, the menu and the language choice,
/// so that a listing's first offer is on the first or second screen; both buttons open what they fold away.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PhoneHeaderTests(BrowserSiteFixture site)
{
    private const int Width = 390;
    private const int Height = 844;

    public static TheoryData<string> Languages => new(SitePages.Languages);

    [SkippableTheory]
    [MemberData(nameof(Languages))]
    public async Task OnAPhone_TheHeaderIsCompact_AndTheFirstOfferIsOnTheSecondScreenAtTheLatest(string language)
    {
        var page = await OpenOnPhoneAsync($"/{language}/sprachkurse/");
        try
        {
            var header = await BoxAsync(page, ".site-header");
            Assert.True(header.Bottom <= 0.2 * Height, $"header ends at {header.Bottom} px of {Height}");
            Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
            Assert.False(await page.Locator(".language-switcher").IsVisibleAsync());

            var card = await BoxAsync(page, "[data-result-list] > li.card:first-child .card-title");
            Assert.True(card.Bottom <= 2 * Height, $"the first offer's title ends at {card.Bottom} px, after the second screen ({2 * Height} px)");
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [SkippableTheory]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task OnAPhone_TheMenuAndTheLanguageButtons_OpenWhatTheyFold(string language)
    {
        var page = await OpenOnPhoneAsync($"/{language}/");
        try
        {
            await page.Locator(".site-menu > summary").ClickAsync();
            var links = page.Locator(".site-nav a");
            Assert.True(await links.CountAsync() >= 7);
            for (var i = 0; i < await links.CountAsync(); i++) Assert.True(await links.Nth(i).IsVisibleAsync());
            var nav = await BoxAsync(page, ".site-nav");
            Assert.True(nav.Left >= 0 && nav.Right <= Width, $"open menu {nav} is wider than the screen");

            await page.Locator(".site-menu > summary").ClickAsync();
            await page.Locator(".language-menu > summary").ClickAsync();
            var turkish = page.Locator(".language-switcher a[hreflang=tr]");
            Assert.True(await turkish.IsVisibleAsync());
            await turkish.ClickAsync();
            await page.WaitForURLAsync(site.Url("/tr/"));
            Assert.False(await page.Locator(".language-switcher").IsVisibleAsync());
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task OnAWideScreen_MenuAndLanguagesAreShownInFull_WithoutButtons()
    {
        var page = await site.OpenAsync("/uk/");
        try
        {
            Assert.True(await page.Locator(".site-nav").IsVisibleAsync());
            Assert.True(await page.Locator(".language-switcher a[hreflang=de]").IsVisibleAsync());
            Assert.False(await page.Locator(".site-menu > summary").IsVisibleAsync());
            Assert.False(await page.Locator(".language-menu > summary").IsVisibleAsync());
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private async Task<IPage> OpenOnPhoneAsync(string path)
    {
        var page = await site.Context.NewPageAsync();
        await page.SetViewportSizeAsync(Width, Height);
        await page.GotoAsync(site.Url(path), new() { WaitUntil = WaitUntilState.Load });
        await page.WaitUntilEnhancedAsync();
        return page;
    }

    private static async Task<Box> BoxAsync(IPage page, string selector)
    {
        var box = await page.Locator(selector).First.BoundingBoxAsync() ?? throw new InvalidOperationException($"{selector} is not shown");
        return new Box(box.X, box.Y, box.X + box.Width, box.Y + box.Height);
    }

    private sealed record Box(float Left, float Top, float Right, float Bottom);
}
