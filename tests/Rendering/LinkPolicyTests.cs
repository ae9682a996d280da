using Angebotsverzeichnis.Rendering;
using Angebotsverzeichnis.Tests.Support;
using Angebotsverzeichnis.Validation;

namespace Angebotsverzeichnis.Tests.Rendering;

public class LinkPolicyTests
{
    [Theory]
    [InlineData("https://vhs.example.org/kurs", true)]
    [InlineData("http://vhs.example.org", true)]
    [InlineData("mailto:info@example.org", true)]
    [InlineData("tel:+4923020000", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", false)]
    [InlineData("vbscript:msgbox", false)]
    [InlineData("/relative/path", false)]
    [InlineData("https://", false)]
    public void LinkPolicy_AllowsOnlyHttpHttpsMailtoAndTel(string target, bool allowed) =>
        Assert.Equal(allowed, LinkPolicy.IsAllowed(target));

    [Fact]
    public void MarkdownRenderer_DropsJavascriptLinksButKeepsTheirText()
    {
        var html = MarkdownRenderer.ToHtml("Bitte [hier klicken](javascript:alert(1)) oder [Anmeldung](https://vhs.example.org).").Html;

        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("hier klicken", html);
        Assert.Contains("<a href=\"https://vhs.example.org\">Anmeldung</a>", html);
    }

    [Fact]
    public void MarkdownRenderer_TurnsImagesIntoTheirAltText()
    {
        var html = MarkdownRenderer.ToHtml("![Flyer](https://tracker.example.com/pixel.png)").Html;

        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("tracker", html);
        Assert.Contains("Flyer", html);
    }

    [Fact]
    public void Build_RefusesAJavascriptLinkInADescription_AtItsLine()
    {
        using var site = new ScratchSite();
        var yaml = SampleRecords.With(SampleRecords.Course, "beschreibung",
            "beschreibung:\n  de: |\n    Erste Zeile.\n\n    Hier [anmelden](javascript:alert(1)).");
        site.WriteRecord("sprachkurse", "kurs", yaml);

        var result = site.Build();

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Diagnostics.Sorted(), d => d.Code == "AV602");
        var expectedLine = yaml.Split('\n').ToList().FindIndex(l => l.Contains("javascript")) + 1;
        Assert.Equal(expectedLine, problem.Position.Line);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }
}
