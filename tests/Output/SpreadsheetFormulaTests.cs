using System.Text.Json;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Output;

/// <summary>
/// Content arrives by pull request, so a text may begin like a formula. In every CSV file such a cell carries an
/// apostrophe in front (the rule on the /data/ page), a negative number ("-0,1276") does not, and a reader who removes the one
/// apostrophe gets the value of angebote.json back.
/// </summary>
public sealed class SpreadsheetFormulaTests : IDisposable
{
    /// <summary>A care service whose texts begin with each character a spreadsheet takes for a formula, and one with an apostrophe of its own.</summary>
    public const string Record = """
        name:
          de: '=HYPERLINK("https://example.org";"Klick")'
          en: "@SUM(1+1)"
        beschreibung:
          de: |
            - Pflege zu Hause
            - Beratung auf Türkisch
        ort: Wetter (Ruhr)
        adresse:
          strasse: Kaiserstraße 1
          plz: "58300"
        koordinaten: { breite: 51.39, laenge: -0.1276 }
        telefon: "+49 2335 0000-1"
        kosten:
          de: "'s kostet nichts"
          en: "+5 € a visit"
        sprachen: [de, tr]
        zielgruppen: [senioren]
        handlungsfeld: gesundheit-pflege
        zeiten:
          - tage: [mo, di]
            von: "08:00"
            bis: "12:00"
          - tage: [fr]
            von: "14:00"
            bis: "16:30"
        geprueft_am: 2026-10-01
        veroeffentlicht: ja
        dienstart: ambulant
        versorgungsgebiet: [Wetter (Ruhr), Herdecke]
        """;

    private readonly ScratchSite _site = new();

    public SpreadsheetFormulaTests()
    {
        _site.WriteRecord("pflege", "pflege-formel", Record);
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
    }

    public void Dispose() => _site.Dispose();

    private PublishedCsv Csv(string sitePath) => PublishedCsv.Read(Path.Combine(_site.OutputDirectory, sitePath));

    private static IReadOnlyDictionary<string, string> Raw(PublishedCsv csv, string id) =>
        csv.Header.Zip(csv.RawRows.Single(r => r[0] == id)).ToDictionary(c => c.First, c => c.Second, StringComparer.Ordinal);

    [Fact]
    public void OffersCsv_GuardsEveryCellThatBeginsLikeAFormula_AndTheJsonValueReadsBack()
    {
        var offer = JsonDocument.Parse(_site.ReadOutput("data/angebote.json")).RootElement.GetProperty("angebote")[0];
        var raw = Raw(Csv("data/angebote.csv"), "pflege-formel");
        string Json(string field, string? part = null) => (part is null ? offer.GetProperty(field) : offer.GetProperty(field).GetProperty(part)).GetString()!;

        foreach (var (column, value) in new[]
                 {
                     ("name_de", Json("name", "de")), ("name_en", Json("name", "en")), ("beschreibung_de", Json("beschreibung", "de")),
                     ("telefon", Json("telefon")), ("kosten_de", Json("kosten", "de")), ("kosten_en", Json("kosten", "en")),
                 })
        {
            Assert.Equal("'" + value, raw[column]);
            Assert.Equal(value, PublishedCsv.Value(raw[column]));
        }
        Assert.StartsWith("'=HYPERLINK(", raw["name_de"]);
        Assert.StartsWith("'- Pflege zu Hause\n", raw["beschreibung_de"]);
        Assert.Equal("''s kostet nichts", raw["kosten_de"]);
        // A negative number is itself as a formula; it stays a number for the spreadsheet, with its decimal comma.
        Assert.Equal("-0,1276", raw["laenge"]);
        Assert.Equal("51,39", raw["breite"]);
        Assert.Equal(offer.GetProperty("koordinaten").GetProperty("laenge").GetDouble(), PublishedCsv.Number(raw["laenge"]));
        // Cells that begin otherwise are as they are.
        Assert.Equal("Wetter (Ruhr)", raw["ort"]);
        Assert.Equal("Wetter (Ruhr) | Herdecke", raw["versorgungsgebiet"]);
        Assert.Equal("mo di 08:00-12:00 | fr 14:00-16:30", raw["zeiten"]);
    }

    [Fact]
    public void HsdsTables_GuardTheSameCells()
    {
        var services = Raw(Csv("data/hsds/services.csv"), "pflege-formel");
        Assert.Equal("'=HYPERLINK(\"https://example.org\";\"Klick\")", services["name"]);
        // The description is plain text there, without the Markdown list marks.
        Assert.StartsWith("Pflege zu Hause", services["description"]);
        Assert.Equal("''s kostet nichts", services["fees_description"]);
        var phone = Assert.Single(Csv("data/hsds/phones.csv").Rows);
        Assert.Equal("+49 2335 0000-1", phone["number"]);
        Assert.Equal("'+49 2335 0000-1", Csv("data/hsds/phones.csv").RawRows[0][2]);
        Assert.Equal("-0,1276", Raw(Csv("data/hsds/locations.csv"), "ort-pflege-formel")["longitude"]);
    }
}
