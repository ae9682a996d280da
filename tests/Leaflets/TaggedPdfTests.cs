using System.Text;
using System.Text.RegularExpressions;

namespace Angebotsverzeichnis.Tests.Leaflets;

/// <summary>
/// The printed leaflets are tagged PDFs a screen reader can follow: pdfinfo says "Tagged: yes", the document
/// language is the leaflet's language, headings and lists are structure elements, and the German halves are
/// marked German. One leaflet per script: Latin (Turkish), Arabic, Cyrillic (Ukrainian), and German itself.
/// </summary>
public partial class TaggedPdfTests(LeafletPdfFixture site) : IClassFixture<LeafletPdfFixture>
{
    [SkippableTheory]
    [InlineData("de")]
    [InlineData("tr")]
    [InlineData("ar")]
    [InlineData("uk")]
    public void Leaflet_IsTagged_InItsLanguage_WithHeadingsAndLists(string language)
    {
        site.RequireBuilt();
        var pdf = site.Pdf(language, "witten");
        Assert.Matches(TaggedYes(), PdfTools.Run(PdfRequirement.PdfInfo, pdf));

        var structure = PdfTools.Run(PdfRequirement.PdfInfo, "-struct", pdf);
        foreach (var element in new[] { "Document", "H1", "H2", "H3", "L", "LI", "Figure" })
            Assert.True(Regex.IsMatch(structure, $@"^\s*{element}\b", RegexOptions.Multiline), $"{language}: no {element} in the structure tree:\n{structure[..Math.Min(2000, structure.Length)]}");

        // Chromium writes the catalogue and the structure elements as plain objects; their /Lang entries are read as written.
        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        var catalog = Catalog().Match(raw);
        Assert.True(catalog.Success, $"{language}: no document catalogue found");
        Assert.Contains($"/Lang ({language})", catalog.Value);
        var germanParts = StructLanguage().Matches(raw).Count(m => m.Groups[1].Value == "de");
        if (language == "de") return;
        Assert.True(germanParts >= 10, $"{language}: only {germanParts} structure elements are marked German");
    }

    [GeneratedRegex(@"^Tagged:\s+yes", RegexOptions.Multiline)]
    private static partial Regex TaggedYes();

    [GeneratedRegex(@"<<\s*/Type /Catalog\b.*?endobj", RegexOptions.Singleline)]
    private static partial Regex Catalog();

    [GeneratedRegex(@"/Type /StructElem\s*/S /\w+\s*/Lang \((\w+)\)")]
    private static partial Regex StructLanguage();
}
