using System.Text.Json;
using Microsoft.Playwright;

namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>What someone using only a keyboard (and a screen reader) gets: skip link, every filter control, visible focus, announced counts.</summary>
[Collection(BrowserCollection.Name)]
public class KeyboardTests(BrowserSiteFixture site)
{
    /// <summary>The focused element: how it is named, whether a focus indicator is drawn, and its id.</summary>
    private const string FocusState = """
        () => {
          const e = document.activeElement;
          const s = getComputedStyle(e);
          const box = e.getBoundingClientRect();
          return {
            tag: e.tagName.toLowerCase(), id: e.id || "", type: e.getAttribute("type") || "", name: e.getAttribute("name") || "",
            text: (e.textContent || "").trim().slice(0, 40), href: e.getAttribute("href") || "",
            outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0, boxShadow: s.boxShadow,
            top: box.top, left: box.left, width: box.width, height: box.height,
            viewportWidth: innerWidth, viewportHeight: innerHeight,
          };
        }
        """;

    [SkippableFact]
    public async Task FirstTab_FocusesAVisibleSkipLink_AndEnterMovesFocusToMain()
    {
        var page = await site.OpenAsync("/de/sprachkurse/");
        try
        {
            var hidden = await page.Locator(".skip-link").BoundingBoxAsync();
            Assert.True(hidden is null || hidden.Y + hidden.Height <= 0, "the skip link is out of sight until it has focus");

            await page.Keyboard.PressAsync("Tab");
            var focus = await FocusAsync(page);
            Assert.Equal("a", focus.Tag);
            Assert.Equal("#main", focus.Href);
            Assert.Equal("Zum Inhalt springen", focus.Text);
            Assert.True(focus.Width > 10 && focus.Height > 10, $"skip link has no size: {focus}");
            Assert.True(focus.Top >= 0 && focus.Left >= 0 && focus.Top + focus.Height <= focus.ViewportHeight
                && focus.Left + focus.Width <= focus.ViewportWidth, $"focused skip link is outside the window: {focus}");
            Assert.True(await page.Locator(".skip-link").IsVisibleAsync());
            AssertFocusIndicator(focus);

            await page.Keyboard.PressAsync("Enter");
            await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'main'");
            Assert.EndsWith("#main", page.Url);

            // The next Tab continues inside main, not at the top of the page again.
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('main').contains(document.activeElement)"));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task EveryFilterControl_IsReachedWithTab_AndEveryFocusedElementShowsAFocusIndicator()
    {
        var page = await site.OpenAsync("/de/sprachkurse/");
        try
        {
            await page.WaitUntilEnhancedAsync();
            var controls = await page.EvaluateAsync<string[]>("""
                () => Array.from(document.querySelectorAll("form.filters :is(input, select, button)"))
                  .filter(c => c.checkVisibility())
                  .map(c => c.id || c.type)
                """);
            Assert.Contains("filter-q", controls);
            Assert.Contains("filter-town", controls);
            Assert.Contains("filter-childcare", controls);
            Assert.Contains("submit", controls);
            Assert.Contains("reset", controls);

            var reached = new List<string>();
            var missingIndicator = new List<string>();
            for (var i = 0; i < 80 && !controls.All(reached.Contains); i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var focus = await FocusAsync(page);
                if (!HasFocusIndicator(focus)) missingIndicator.Add(focus.ToString());
                if (focus.Tag is "input" or "select" or "button") reached.Add(focus.Id != "" ? focus.Id : focus.Type);
            }

            Assert.True(controls.All(reached.Contains), $"not reached with Tab: {string.Join(", ", controls.Except(reached))}");
            Assert.True(missingIndicator.Count == 0, "focused without a visible focus indicator:\n" + string.Join("\n", missingIndicator));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task ChangingAFilterWithTheKeyboard_AnnouncesTheNumberOfResults()
    {
        var page = await site.OpenAsync("/de/sprachkurse/");
        try
        {
            await page.WaitUntilEnhancedAsync();
            var status = page.GetByRole(AriaRole.Status);
            Assert.Equal(1, await status.CountAsync());
            Assert.Equal("", (await status.TextContentAsync())!.Trim());

            // Space on the focused checkbox, as a keyboard user would.
            await page.FocusAsync("#filter-childcare");
            await page.Keyboard.PressAsync("Space");
            Assert.True(await page.IsCheckedAsync("#filter-childcare"));
            await page.WaitForFunctionAsync("() => document.querySelector('[role=status]').textContent.trim() !== ''");
            var shown = await page.Locator("[data-result-list] > li.card").CountAsync();
            Assert.InRange(shown, 1, 16);
            Assert.Equal($"Gefundene Angebote: {shown}", (await status.TextContentAsync())!.Trim());

            // Arrow keys on the town list change the choice without opening it; the count follows.
            await page.FocusAsync("#filter-town");
            var before = (await status.TextContentAsync())!.Trim();
            for (var i = 0; i < 9 && await page.InputValueAsync("#filter-town") != "witten"; i++)
            {
                await page.Keyboard.PressAsync("ArrowDown");
            }
            Assert.Equal("witten", await page.InputValueAsync("#filter-town"));
            await page.WaitForFunctionAsync(
                "() => document.querySelector('[role=status]').textContent.trim().endsWith(': ' + document.querySelectorAll('[data-result-list] > li.card').length)"
                + " && location.search.includes('ort=witten')");
            var witten = await page.Locator("[data-result-list] > li.card").CountAsync();
            Assert.InRange(witten, 1, shown - 1);
            Assert.Equal($"Gefundene Angebote: {witten}", (await status.TextContentAsync())!.Trim());
            Assert.NotEqual(before, (await status.TextContentAsync())!.Trim());
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static async Task<Focus> FocusAsync(IPage page) =>
        (await page.EvaluateAsync<JsonElement>(FocusState)).Deserialize<Focus>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    private static bool HasFocusIndicator(Focus focus) =>
        (focus.OutlineStyle != "none" && focus.OutlineWidth >= 2) || (focus.BoxShadow != "none" && focus.BoxShadow != "");

    private static void AssertFocusIndicator(Focus focus) =>
        Assert.True(HasFocusIndicator(focus), $"no visible focus indicator: {focus}");

    private sealed record Focus(
        string Tag, string Id, string Type, string Name, string Text, string Href,
        string OutlineStyle, double OutlineWidth, string BoxShadow,
        double Top, double Left, double Width, double Height, double ViewportWidth, double ViewportHeight);
}
