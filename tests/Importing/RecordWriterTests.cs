using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Loading.Import;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Tests.Support;
using Angebotsverzeichnis.Kinds.CareServices;

namespace Angebotsverzeichnis.Tests.Importing;

/// <summary>Whatever text an import brings, the written YAML reads back as exactly that text.</summary>
public class RecordWriterTests
{
    public static readonly TheoryData<string> AwkwardTexts =
    [
        "plain text", "ja", "nein", "null", "Null", "~", "true", "no", "y", "N", "on", "off", "0", "58452", "0.5", "-1", "+49 2302 1", ".inf",
        "2026-09-15", "12:30", "1:2", "0x1F", "1e3", "- a list item", "-", "?", ": colon", "key: value", "ends with colon:", "a #hash", "#comment",
        "&anchor", "*alias", "!tag", "|", ">", "'single'", "\"double\"", "%directive", "@at", "`tick`", "[bracket]", "{brace}", "a, b",
        "comma,inside", "back\\slash", "tab\there", "  leading spaces", "---", "...", "--- x", "Wetter (Ruhr)", "https://example.org/a?b=c#d",
        "mailto:a@b.example", "2,29 € pro Stunde; mit Schein kostenlos.", "Volkshochschule Witten | Wetter | Herdecke", "العربية", "Українська",
        "emoji 😀 text", "line\u2028separator", "para\u2029separator", "zero\u200Bwidth", "ja:", "a: b: c", "\u00A0no-break space first", "\u3000ideographic space first",
    ];

    public static readonly TheoryData<string> AwkwardMultilineTexts =
    [
        "first\nsecond",
        "first\n\n- item\n- item\n\n[Mehr](https://example.org/)",
        "  indented first line\nsecond",
        "\tTab first\nsecond",
        "\n\nstarts with empty lines\nend",
        "first\n    indented code\n\tand a tab",
        "first\n  \nwhitespace-only line between",
        "# heading\n---\n...\nnot documents",
        "first: with colon\n- dash\n# hash\n'quote\"",
        "with\u2028line separator\nand more",
        "trailing spaces   \nsecond",
        "\u00A0no-break space first\nsecond",
    ];

    [Theory]
    [MemberData(nameof(AwkwardTexts))]
    public void SingleLineValues_ReadBackUnchanged(string text)
    {
        var offer = RoundTrip(values =>
        {
            values.TrySet("name", Localized(text.Trim().Length == 0 ? "x" : text), At);
            values.Block("adresse", At)!.TrySet("strasse", text.Trim(), At);
            values.TrySet("sprachen", new[] { "de" }, At);
            values.TrySet("kosten", Localized(text), At);
        });

        Assert.Equal(text.TrimEnd(), offer.Name.In("de"));
        Assert.Equal(text.TrimEnd(), offer.Costs!.In("de"));
        Assert.Equal(text.Trim(), offer.Address.Street);
    }

    [Theory]
    [MemberData(nameof(AwkwardMultilineTexts))]
    public void TextsOfSeveralLines_ReadBackUnchanged(string text)
    {
        var offer = RoundTrip(values => values.TrySet("beschreibung", Localized(text), At));

        Assert.Equal(ImportValues.Text(text), offer.Description.In("de"));
    }

    [Fact]
    public void ListValues_WithFlowIndicators_ReadBackUnchanged()
    {
        string[] values = ["de", "Wetter (Ruhr)", "a, b", "[x]", "{y}", "a:b", "#c", "null", "ja", "'q'", " x "];

        var offer = RoundTrip(v => v.TrySet("sprachen", ImportValues.List(values), At));

        Assert.Equal(ImportValues.List(values), offer.Languages);
    }

    [Fact]
    public void MarkdownInBlocks_KeepsItsPositions_ForMessagesInsideTheText()
    {
        using var site = new ScratchSite();
        var imported = Imported(v => v.TrySet("beschreibung", Localized("Erste Zeile\n\n<b>fett</b>"), At));
        site.WriteRecord("pflege", "test", RecordWriter.Write(imported, ["de", "en"]));

        var diagnostics = new DiagnosticList();
        BuildPipeline.Check(site.Options, diagnostics);

        var html = diagnostics.Sorted().First(d => d.Code == ProblemCodes.RawHtml);
        var lines = File.ReadAllLines(Path.Combine(site.ContentDirectory, "pflege", "test.yaml"));
        Assert.Equal("    <b>fett</b>", lines[html.Position.Line - 1]);
        Assert.Equal(5, html.Position.Column);
    }

    private static readonly SourcePosition At = new("test.jsonl", 1, 1);

    private static LocalizedValues Localized(string german) => new([new("de", german)]);

    private static ImportedOffer Imported(Action<RecordValues> set)
    {
        var imported = new ImportedOffer("test", CareServiceKind.Instance, At);
        set(imported.Values);
        var values = imported.Values;
        values.TrySet("name", Localized("Name"), At);
        values.TrySet("beschreibung", Localized("Text"), At);
        values.TrySet("ort", "Witten", At);
        var address = values.Block("adresse", At)!;
        address.TrySet("strasse", "Ring 1", At);
        address.TrySet("plz", "58452", At);
        values.TrySet("sprachen", new[] { "de" }, At);
        values.TrySet("geprueft_am", "2026-10-01", At);
        values.TrySet("dienstart", "ambulant", At);
        ImportDefaults.Apply(imported);
        return imported;
    }

    private static Offer RoundTrip(Action<RecordValues> set)
    {
        using var site = new ScratchSite();
        var yaml = RecordWriter.Write(Imported(set), ["de", "en"]);
        var path = site.WriteRecord("pflege", "test", yaml);
        var diagnostics = new DiagnosticList();
        var offer = ContentLoader.ReadRecord(new RecordFile(path, "test.yaml", "test", CareServiceKind.Instance), "de", diagnostics);
        Assert.True(diagnostics.Sorted().Count == 0, string.Join("\n", diagnostics.Sorted()) + "\n" + yaml);
        return offer!;
    }
}
