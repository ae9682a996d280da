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
public class AccessibilityTests(BrowserSiteFixture site, ITestOutputHelper output) : IClassFixture<BrowserSiteFixture>
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
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var tab = await site.OpenAsync(path);
        output.WriteLine($"open {sw.ElapsedMilliseconds}");
        try
        {
            await tab.WaitUntilEnhancedAsync();
        output.WriteLine($"enh {sw.ElapsedMilliseconds}");
#pragma warning disable CS0618
            var result = await tab.RunAxeLegacy(null, Wcag21AA);
#pragma warning restore CS0618
        output.WriteLine($"axe {sw.ElapsedMilliseconds}");
            var inner = await tab.EvaluateAsync<double>("async () => { const t = performance.now(); await axe.run(document, {runOnly:{type:'tag',values:['wcag2a','wcag2aa','wcag21a','wcag21aa']}, resultTypes:['violations']}); return performance.now()-t; }");
        output.WriteLine($"inner {inner} total {sw.ElapsedMilliseconds}");
            output.WriteLine($"{path}: {result.Passes.Length} passed (rules), {result.Violations.Length} violated");
            Assert.True(result.Violations.Length == 0, Describe(tab.Url, result));
        }
        finally
        {
            await tab.CloseAsync();
        }
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
