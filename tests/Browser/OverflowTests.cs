using Microsoft.Playwright;

namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>
/// No page is wider than the screen: every page type in every language, at the widths of small phones and of a
/// desktop, with the script (filters shown) and without. One pixel of sideways scrolling fails.
/// </summary>
[Collection(BrowserCollection.Name)]
public class OverflowTests(BrowserSiteFixture site)
{
    private static readonly int[] Widths = [320, 360, 390, 1280];

    /// <summary>The document's width against the viewport's, and the elements that stick out furthest (for the message).</summary>
    private const string Measure = """
        () => {
          const root = document.documentElement;
          const view = root.clientWidth;
          const outside = [];
          for (const element of document.body.querySelectorAll("*")) {
            const box = element.getBoundingClientRect();
            if (box.width === 0 || box.height === 0) continue;
            if (box.right > view + 0.5 || box.left < -0.5) {
              const name = element.tagName.toLowerCase() + (element.id ? "#" + element.id : "") +
                (element.className && typeof element.className === "string" ? "." + element.className.trim().split(/\s+/).join(".") : "");
              outside.push(name + " [" + Math.round(box.left) + "," + Math.round(box.right) + "]");
            }
          }
          return { document: root.scrollWidth, view: view, outside: outside.slice(0, 6) };
        }
        """;

    public static TheoryData<bool> Scripts => new() { true, false };

    [SkippableTheory]
    [MemberData(nameof(Scripts))]
    public async Task NoPage_IsWiderThanTheScreen(bool javaScript)
    {
        BrowserRequirement.RequireChromium();
        var context = await site.NewContextAsync(javaScript);
        try
        {
            var page = await context.NewPageAsync();
            var overflows = new List<string>();
            var pages = SitePages.All().Select(p => SitePages.Resolve(site.Site.Output, p)).ToList();
            foreach (var path in pages)
            {
                await page.SetViewportSizeAsync(390, 844);
                await page.GotoAsync(site.Url(path), new() { WaitUntil = WaitUntilState.Load });
                if (javaScript) await page.WaitUntilEnhancedAsync();
                foreach (var width in Widths)
                {
                    await page.SetViewportSizeAsync(width, 800);
                    var measured = await page.EvaluateAsync<Measurement>(Measure);
                    if (measured.Document > measured.View)
                    {
                        overflows.Add($"{path} at {width} px: document {measured.Document} px wide, screen {measured.View} px; sticking out: {string.Join(" ", measured.Outside)}");
                    }
                }
            }
            Assert.True(pages.Count > 150, $"only {pages.Count} pages");
            Assert.True(overflows.Count == 0, $"{overflows.Count} overflows {(javaScript ? "with" : "without")} JavaScript:\n" + string.Join("\n", overflows));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private sealed class Measurement
    {
        public int Document { get; set; }
        public int View { get; set; }
        public string[] Outside { get; set; } = [];
    }
}
