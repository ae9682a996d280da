using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Rendering;

/// <summary>A partial comes out the same wherever a template includes it: straight into the page, or kept in a variable first.</summary>
public class IncludeTests
{
    [Fact]
    public void Include_AsItsOwnStatementAndAsAValue_WritesThePartialsMarkupOnceInEachPlace()
    {
        using var site = new ScratchSite();
        site.WriteRecord("pflege", "pflege", SampleRecords.Care);
        using var templates = new TemporaryDirectory();
        ChangedTemplates.Change(templates, "pages/about.html", text => text.Replace(
            "{{ include \"contact\" }}",
            "<div id=\"straight\">{{ include \"contact\" }}</div>\n{{~ kept = include \"contact\" ~}}\n<div id=\"kept\">{{ kept }}</div>",
            StringComparison.Ordinal));

        var result = BuildPipeline.Build(site.Options with { TemplatesDirectory = templates.Path });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        var about = OutputFiles.Parse(Path.Combine(site.OutputDirectory, "de", "ueber", "index.html"));
        var straight = Assert.Single(about.QuerySelectorAll("#straight > .contact-card"));
        var kept = Assert.Single(about.QuerySelectorAll("#kept > .contact-card"));
        Assert.NotEmpty(straight.QuerySelectorAll("a[href]"));
        Assert.Equal(straight.OuterHtml, kept.OuterHtml);
        Assert.Equal(2, about.QuerySelectorAll(".contact-card").Length);
    }
}
