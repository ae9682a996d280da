using System.Text.Json;
using Microsoft.Playwright;

namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>Arabic and Persian pages are laid out from right to left, as rendered by the browser, not only marked so.</summary>
[Collection(BrowserCollection.Name)]
public class RightToLeftTests(BrowserSiteFixture site)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static TheoryData<string> RightToLeftLanguages()
    {
        var data = new TheoryData<string>();
        foreach (var language in SitePages.RightToLeft) data.Add(language);
        return data;
    }

    [Fact]
    public void TheSampleHasArabicAndPersian() => Assert.Equal(["ar", "fa"], SitePages.RightToLeft.Order());

    [SkippableTheory]
    [MemberData(nameof(RightToLeftLanguages))]
    public async Task Listing_IsMirrored(string language)
    {
        var page = await site.OpenAsync($"/{language}/sprachkurse/");
        try
        {
            await page.WaitUntilEnhancedAsync();
            Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
            Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
            Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction"));

            // The site name sits at the right (start) edge of the header, the language switcher to its left.
            var header = await ContentBoxAsync(page, ".site-header-inner");
            var name = await BoxAsync(page, ".site-name");
            Assert.True(Math.Abs(header.Right - name.Right) <= 2, $"site name ends at {name.Right}, header content at {header.Right}");
            Assert.True(name.Left > header.Left + 2, "site name should not fill the header from the left");
            var switcher = await BoxAsync(page, ".language-switcher li:first-child");
            Assert.True(switcher.Right <= name.Left + 1 || switcher.Top >= name.Bottom - 1,
                $"language switcher ({switcher}) should be left of or below the site name ({name})");

            // Main navigation starts at the right: the first entry is right of the second.
            var firstNav = await BoxAsync(page, ".site-nav li:nth-child(1)");
            var secondNav = await BoxAsync(page, ".site-nav li:nth-child(2)");
            Assert.True(secondNav.Right <= firstNav.Left + 1, $"navigation: first {firstNav}, second {secondNav}");

            // The first card's title starts at the card's right edge.
            var card = await ContentBoxAsync(page, "[data-result-list] > li.card:first-child");
            var titleFirstLine = await FirstLineAsync(page, "[data-result-list] > li.card:first-child .card-title a");
            Assert.True(Math.Abs(card.Right - titleFirstLine.Right) <= 2, $"title line {titleFirstLine}, card content {card}");
            Assert.True(titleFirstLine.Left > card.Left + 2 || titleFirstLine.Width >= card.Width - 4,
                $"title line {titleFirstLine} should be aligned right in {card}");
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [SkippableTheory]
    [MemberData(nameof(RightToLeftLanguages))]
    public async Task BreadcrumbsOfADetailPage_RunFromRightToLeft(string language)
    {
        var page = await site.OpenAsync(SitePages.Resolve(site.Site.Output, $"/{language}/detail-sprachkurse"));
        try
        {
            Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
            var crumbs = page.Locator(".breadcrumbs li");
            var count = await crumbs.CountAsync();
            Assert.True(count >= 3, $"{count} breadcrumbs");
            var boxes = new List<Box>();
            for (var i = 0; i < count; i++) boxes.Add(await BoxOfAsync(crumbs.Nth(i)));
            Assert.True(boxes.All(b => Math.Abs(b.Top - boxes[0].Top) < 2), "breadcrumbs should fit on one line at 1280 px");
            for (var i = 1; i < count; i++)
            {
                Assert.True(boxes[i].Right <= boxes[i - 1].Left + 1, $"breadcrumb {i + 1} ({boxes[i]}) should be left of breadcrumb {i} ({boxes[i - 1]})");
            }
            var nav = await ContentBoxAsync(page, ".breadcrumbs ol");
            Assert.True(Math.Abs(nav.Right - boxes[0].Right) <= 2, $"the first breadcrumb ({boxes[0]}) starts at the right ({nav})");

            // The contact address keeps its own left-to-right order inside the right-to-left page.
            Assert.Equal("ltr", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.address span')).direction"));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task GermanPages_AreNotMirrored()
    {
        var page = await site.OpenAsync("/de/sprachkurse/");
        try
        {
            Assert.Equal("ltr", await page.GetAttributeAsync("html", "dir"));
            var header = await ContentBoxAsync(page, ".site-header-inner");
            var name = await BoxAsync(page, ".site-name");
            Assert.True(Math.Abs(header.Left - name.Left) <= 2, $"site name starts at {name.Left}, header content at {header.Left}");
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static async Task<Box> BoxAsync(IPage page, string selector) => await BoxOfAsync(page.Locator(selector).First);

    private static async Task<Box> BoxOfAsync(ILocator locator)
    {
        var box = await locator.BoundingBoxAsync() ?? throw new InvalidOperationException($"{locator} is not shown");
        return new Box(box.X, box.Y, box.Width, box.Height);
    }

    /// <summary>The element's box without padding and border: where its content may start and end.</summary>
    private static async Task<Box> ContentBoxAsync(IPage page, string selector) =>
        (await page.EvaluateAsync<JsonElement>("""
            selector => {
              const e = document.querySelector(selector);
              const r = e.getBoundingClientRect();
              const s = getComputedStyle(e);
              const px = v => parseFloat(v) || 0;
              const left = r.left + px(s.borderLeftWidth) + px(s.paddingLeft);
              const right = r.right - px(s.borderRightWidth) - px(s.paddingRight);
              return { x: left, y: r.top, width: right - left, height: r.height };
            }
            """, selector)).Deserialize<Box>(Web)!;

    /// <summary>The box of the first rendered line of an element's text.</summary>
    private static async Task<Box> FirstLineAsync(IPage page, string selector) =>
        (await page.EvaluateAsync<JsonElement>("""
            selector => {
              const range = document.createRange();
              range.selectNodeContents(document.querySelector(selector));
              const r = range.getClientRects()[0];
              return { x: r.left, y: r.top, width: r.width, height: r.height };
            }
            """, selector)).Deserialize<Box>(Web)!;

    private sealed record Box(double X, double Y, double Width, double Height)
    {
        public double Left => X;
        public double Right => X + Width;
        public double Top => Y;
        public double Bottom => Y + Height;

        public override string ToString() => $"x {X:0.#}..{Right:0.#}, y {Y:0.#}..{Bottom:0.#}";
    }
}
