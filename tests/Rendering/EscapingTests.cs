using Angebotsverzeichnis.Rendering;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Rendering;

public class EscapingTests
{
    private const string Payload = "<script>alert(1)</script>\\\" onmouseover=\\\"alert(2)\\\" '><img src=x onerror=alert(3)>";
    private const string PayloadAsText = "<script>alert(1)</script>\" onmouseover=\"alert(2)\" '><img src=x onerror=alert(3)>";

    private static string Quoted => $"\"{Payload}\"";

    private static string EveryTextField(string yaml, string kindFields)
    {
        yaml = SampleRecords.With(yaml, "name", $"name:\n  de: {Quoted}\n  en: {Quoted}");
        yaml = SampleRecords.With(yaml, "beschreibung", "beschreibung:\n  de: 'Ein Text mit \" onmouseover=\"alert(4)\" und `<b>`-Zeichen'");
        yaml = SampleRecords.With(yaml, "adresse", $"adresse:\n  strasse: {Quoted}\n  plz: \"58452\"\n  zusatz: {Quoted}");
        yaml = SampleRecords.With(yaml, "ort", "ort: Witten");
        yaml = SampleRecords.With(yaml, "traeger", $"traeger:\n  name: {Quoted}");
        yaml = SampleRecords.With(yaml, "kosten", $"kosten:\n  de: {Quoted}");
        yaml = SampleRecords.With(yaml, "zeiten_hinweis", $"zeiten_hinweis:\n  de: {Quoted}");
        return yaml.TrimEnd('\n') + "\n" + kindFields;
    }

    [Fact]
    public void Build_WritesPayloadsInEveryTextFieldAsInertText()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "kurs", EveryTextField(SampleRecords.Course, $"kostenbefreiung:\n  de: {Quoted}\n"));
        site.WriteRecord("dolmetscher", "dienst", EveryTextField(
            SampleRecords.With(SampleRecords.Interpreter, "buchung", $"buchung:\n  de: {Quoted}"),
            $"person:\n  name: {Quoted}\n  einwilligung: ja\n"));
        site.WriteRecord("pflege", "pflege", EveryTextField(SampleRecords.Care, ""));
        site.WriteRecord("organisationen", "verein", EveryTextField(
            SampleRecords.With(SampleRecords.With(SampleRecords.Organisation, "gemeinschaften", $"gemeinschaften:\n  de: {Quoted}"),
                "treffpunkt", $"treffpunkt:\n  de: {Quoted}"), ""));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        var pages = OutputFiles.Pages(site.OutputDirectory).ToList();
        Assert.NotEmpty(pages);
        var payloadSeen = 0;
        // The one inline script is the layout's own (it folds the header on phones before the first paint).
        var layoutScript = System.Text.RegularExpressions.Regex.Match(
            File.ReadAllText(Path.Combine(RepositoryPaths.Templates, "layouts", "base.html")), "<script>(.*?)</script>").Groups[1].Value;
        Assert.NotEmpty(layoutScript);
        foreach (var page in pages)
        {
            var document = OutputFiles.Parse(page);
            // Our own script, and schema.org data that must stay one JSON value without markup.
            foreach (var script in document.QuerySelectorAll("script"))
            {
                if (script.GetAttribute("type") == "application/ld+json")
                {
                    Assert.DoesNotContain("<", script.TextContent);
                    System.Text.Json.JsonDocument.Parse(script.TextContent).Dispose();
                }
                else if (script.GetAttribute("src") is null)
                {
                    Assert.Equal(layoutScript, script.TextContent);
                }
                else
                {
                    Assert.Matches(@"^/assets/(site|leaflets)\.[0-9a-f]+\.js$", script.GetAttribute("src") ?? "");
                    Assert.Equal("", script.TextContent);
                }
            }
            // No image comes from content; the leaflets' QR codes, the report's charts and the header's icons are our own inline SVG.
            Assert.Empty(document.QuerySelectorAll("img"));
            Assert.All(document.QuerySelectorAll("svg"), svg => Assert.Contains(svg.GetAttribute("class"), new[] { "qr", "chart", "icon" }));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            if (document.Body!.TextContent.Contains(PayloadAsText)) payloadSeen++;
        }
        // The payload was written, as text, on the detail pages of all four records in all eight languages.
        Assert.True(payloadSeen >= 4 * 8, $"payload visible as text on {payloadSeen} pages");
    }

    [Fact]
    public void MarkdownRenderer_WritesRawHtmlAsText()
    {
        var html = MarkdownRenderer.ToHtml("Hallo <script>alert(1)</script> und <img src=x onerror=alert(2)>").Html;

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("<b>", "&lt;b&gt;")]
    [InlineData("\" onmouseover=\"x", "&quot; onmouseover=&quot;x")]
    [InlineData("'single'", "&#39;single&#39;")]
    [InlineData("A & B", "A &amp; B")]
    [InlineData("Türkçe العربية", "Türkçe العربية")]
    public void HtmlText_EscapesTheFiveSignificantCharactersOnly(string text, string expected) =>
        Assert.Equal(expected, HtmlText.Escape(text));
}
