using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>
/// axe-core with the WCAG 2.1 A and AA rules over every page type in every language, the root pages, and listings
/// with filters from the URL, each after site.js has run. No violation is allowed.
/// </summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserSiteFixture site, ITestOutputHelper output)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var page in SitePages.All()) data.Add(page);
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoWcag21AAViolations(string page)
    {
        var path = SitePages.Resolve(site.Site.Output, page);
        var tab = await site.TabAsync();
        AxeResult result;
        try
        {
            var response = await tab.GotoAsync(site.Url(path));
            Assert.Equal(path == SitePages.MissingPage ? 404 : 200, response!.Status);
            await tab.WaitUntilEnhancedAsync();

            // Legacy mode runs axe.run in the page itself. The default mode opens a new browser context for each page
            // to merge results across frames, which costs about three seconds a page; the site has no frames.
#pragma warning disable CS0618
            result = await tab.RunAxeLegacy(null, Wcag21AA);
#pragma warning restore CS0618
        }
        catch
        {
            await site.DiscardTabAsync();
            throw;
        }

        output.WriteLine($"{path}: {result.Passes.Length + result.Violations.Length} rules applied, {result.Violations.Length} violated");
        Assert.True(result.Violations.Length == 0, Describe(tab.Url, result));
    }

    [Fact]
    public void EveryFolderWithPages_IsVisitedByTheCheck()
    {
        var uncovered = SitePages.UncoveredPageFolders(site.Site.Output).ToList();
        Assert.True(uncovered.Count == 0,
            $"pages in {string.Join(", ", uncovered)} are not checked: add a page of each new type to SitePages (tests/Browser/SitePages.cs)");
    }

    [SkippableFact]
    public async Task TheCheck_FindsKnownViolations()
    {
        var tab = await site.TabAsync();
        await tab.GotoAsync(site.Url("/"));
        await tab.SetContentAsync("""
            <!DOCTYPE html><html><head><title>x</title></head>
            <body><main><img src="/x.png"><p style="color:#bbb;background:#fff">Grau auf Weiß</p>
            <label>Ort</label><input id="ort"></main></body></html>
            """);
#pragma warning disable CS0618
        var result = await tab.RunAxeLegacy(null, Wcag21AA);
#pragma warning restore CS0618
        var found = result.Violations.Select(v => v.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "html-has-lang", "image-alt", "color-contrast", "label" }, found);
        Assert.Contains("color-contrast", Describe(tab.Url, result));
    }

    private static string Describe(string url, AxeResult result)
    {
        var text = new StringBuilder($"{result.Violations.Length} WCAG 2.1 A/AA rule(s) violated on {url}:\n");
        foreach (var violation in result.Violations)
        {
            text.AppendLine($"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine($"    at {node.Target}: {node.Html}");
                foreach (var check in node.Any.Concat(node.All).Concat(node.None))
                {
                    text.AppendLine($"      {check.Message}");
                }
            }
        }
        return text.ToString();
    }
}
