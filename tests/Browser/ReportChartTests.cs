using Microsoft.Playwright;

namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>The report's charts keep every label whole and readable, from a small phone to a desktop.</summary>
[Collection(BrowserCollection.Name)]
public class ReportChartTests(BrowserSiteFixture site)
{
    /// <summary>Per chart: texts that leave the drawing, and the smallest text size as shown on the screen.</summary>
    private const string Inspect = """
        () => Array.from(document.querySelectorAll("svg.chart")).map(svg => {
          const view = svg.viewBox.baseVal;
          const scale = svg.getBoundingClientRect().width / view.width;
          const texts = Array.from(svg.querySelectorAll("text")).filter(t => t.textContent.trim() !== "");
          const cut = texts.filter(t => {
            const box = t.getBBox();
            return box.x < view.x - 0.5 || box.y < view.y - 0.5 || box.x + box.width > view.x + view.width + 0.5 || box.y + box.height > view.y + view.height + 0.5;
          }).map(t => t.textContent);
          const smallest = Math.min(...texts.map(t => parseFloat(t.getAttribute("font-size")) * scale));
          return { id: svg.getAttribute("aria-labelledby"), cut: cut, smallest: smallest, texts: texts.length };
        })
        """;

    [SkippableTheory]
    [InlineData(320)]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task EveryChartLabel_IsWhole_AndAtLeast11PixelsHigh(int width)
    {
        var page = await site.Context.NewPageAsync();
        try
        {
            await page.SetViewportSizeAsync(width, 800);
            await page.GotoAsync(site.Url("/de/bericht/"), new() { WaitUntil = WaitUntilState.Load });
            var charts = await page.EvaluateAsync<Chart[]>(Inspect);
            Assert.True(charts.Length >= 4, $"{charts.Length} charts");
            foreach (var chart in charts)
            {
                Assert.True(chart.Texts > 5, $"{chart.Id} has {chart.Texts} labels");
                Assert.True(chart.Cut.Length == 0, $"{chart.Id} at {width} px cuts off: {string.Join(" | ", chart.Cut)}");
                Assert.True(chart.Smallest >= 11, $"{chart.Id} at {width} px shows text {chart.Smallest:0.0} px high");
            }
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private sealed class Chart
    {
        public string Id { get; set; } = "";
        public string[] Cut { get; set; } = [];
        public double Smallest { get; set; }
        public int Texts { get; set; }
    }
}
