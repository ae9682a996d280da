using System.Text.RegularExpressions;
using Angebotsverzeichnis.Tests.Building;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>
/// Size budgets for visitors on slow mobile connections, measured uncompressed on the sample site.
/// (That pages load nothing from other hosts is tested in SampleSiteTests; here: the assets themselves.)
/// </summary>
public partial class BudgetTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    public const int PageBudget = 60_000;
    /// <summary>
    /// A leaflet is a page to print on two A4 sheets, with a QR code (about 2.6 KB of SVG) for every offer it lists
    /// and in two languages; it gets a budget of its own, so that the pages visitors browse keep theirs.
    /// </summary>
    public const int LeafletBudget = 100_000;
    public const int AssetBudget = 40_000;

    [Fact]
    public void TheLargestHtmlPage_IsUnder60KB_AndTheLargestLeaflet_Under100KB()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Sorted()));
        var pages = OutputFiles.Pages(site.Output).Select(f => new FileInfo(f)).ToList();
        Assert.True(pages.Count > 500, $"only {pages.Count} pages");
        var leaflets = pages.Where(IsLeaflet).ToList();
        Assert.True(leaflets.Count >= 80, $"only {leaflets.Count} leaflets");
        var largest = pages.Except(leaflets).MaxBy(f => f.Length)!;
        Assert.True(largest.Length < PageBudget,
            $"{OutputFiles.SitePath(site.Output, largest.FullName)} has {largest.Length} bytes; the budget is {PageBudget}");
        var largestLeaflet = leaflets.MaxBy(f => f.Length)!;
        Assert.True(largestLeaflet.Length < LeafletBudget,
            $"{OutputFiles.SitePath(site.Output, largestLeaflet.FullName)} has {largestLeaflet.Length} bytes; the budget is {LeafletBudget}");
    }

    private bool IsLeaflet(FileInfo page) => OutputFiles.SitePath(site.Output, page.FullName).Split('/') is [_, _, "merkblatt", ..];

    [Fact]
    public void AllStylesheetsAndScripts_TogetherAreUnder40KB()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Sorted()));
        var assets = Directory.GetFiles(Path.Combine(site.Output, "assets"))
            .Where(f => f.EndsWith(".css", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
            .Select(f => new FileInfo(f))
            .ToList();
        Assert.Contains(assets, f => f.Extension == ".css");
        Assert.Contains(assets, f => f.Extension == ".js");
        var total = assets.Sum(f => f.Length);
        Assert.True(total < AssetBudget,
            $"CSS and JS have {total} bytes ({string.Join(", ", assets.Select(f => $"{f.Name} {f.Length}"))}); the budget is {AssetBudget}");
    }

    [Fact]
    public void StylesheetsAndScripts_LoadNothingFromOtherHosts()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Sorted()));
        var files = Directory.GetFiles(Path.Combine(site.Output, "assets")).Append(Path.Combine(site.Output, "sw.js"))
            .Where(f => f.EndsWith(".css", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotMatch(ForeignUrl(), text);
            if (file.EndsWith(".css", StringComparison.Ordinal)) Assert.DoesNotContain("@import", text);
        }
    }

    [GeneratedRegex(@"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}/|url\(\s*[""']?(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignUrl();
}
