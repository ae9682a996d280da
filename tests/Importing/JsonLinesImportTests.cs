using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Import;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Tests.Support;
using Angebotsverzeichnis.Kinds.InterpreterServices;
using Angebotsverzeichnis.Kinds.CareServices;

namespace Angebotsverzeichnis.Tests.Importing;

public class JsonLinesImportTests
{
    private const string Care =
        """{"id": "pflege-%N%", "kind": "care", "town": "Witten", "languages": ["de"], "street": "Ring 1", "postcode": "58452", "reviewed": "2026-10-01", "name": {"de": "Pflege %N%"}, "description": {"de": "Text"}, "details": {"service_type": "home_care"}}""";

    private static string CareLine(int n) => Care.Replace("%N%", n.ToString());

    /// <summary>An imported translation was made from the German text beside it: it records that text's fingerprint, and is current.</summary>
    [Fact]
    public void ImportedTranslations_RecordTheFingerprintOfTheirGermanText()
    {
        var line = CareLine(1).Replace("""{"de": "Pflege 1"}""", """{"de": "Pflege 1", "tr": "Bakım 1"}""", StringComparison.Ordinal);
        using var run = ImportRun.Of("angebote.jsonl", line + "\n");
        var file = File.ReadAllText(Directory.GetFiles(run.Site.ContentDirectory, "pflege-1.yaml", SearchOption.AllDirectories).Single());
        Assert.Contains($"  tr: Bakım 1\n  tr_quelle: {SourceFingerprint.Of("Pflege 1")}\n", file);
        var offer = run.Load("pflege-1");
        Assert.False(offer.Name.IsStale("tr", "de"));
        Assert.False(offer.Name.IsUntracked("tr", "de"));
    }

    [Fact]
    public void MalformedLine_IsReportedWithItsLineNumber_AndTheOtherLinesStillImport()
    {
        var text = string.Join("\n", CareLine(1), """{"id": "pflege-2", "kind": "care", "town": "Witten",""", "", CareLine(4)) + "\n";

        using var run = ImportRun.Of("angebote.jsonl", text);

        var line = Assert.Single(run.Lines);
        Assert.Matches(@"^angebote\.jsonl:2:\d+: error AV902: Diese Zeile ist kein gültiges JSON \(.+\)\. .*übersprungen\.$", line);
        Assert.Equal(new ImportResult(2, 2, 0, 1), run.Result);
        Assert.True(run.Wrote("pflege-1"));
        Assert.False(run.Wrote("pflege-2"));
        Assert.True(run.Wrote("pflege-4"));
    }

    [Fact]
    public void BrokenJson_IsReportedAtTheColumnWhereItBreaks()
    {
        using var run = ImportRun.Of("a.jsonl", """{"id": "x", "kind": "care" "town": "Witten"}""");

        var problem = Assert.Single(run.Problems);
        Assert.Equal(ProblemCodes.ImportBadJson, problem.Code);
        Assert.Equal((1, 28), (problem.Position.Line, problem.Position.Column));
    }

    [Fact]
    public void ProblemsOfARecord_AreReportedAtTheirPlace_AndOnlyThatRecordIsSkipped()
    {
        var lines = new[]
        {
            "\"nur ein Text\"",
            "[1, 2]",
            """{"kind": "care", "town": "Witten"}""",
            """{"id": "Pflege Witten", "kind": "care"}""",
            """{"id": "pflege-a", "kind": "pflegee"}""",
            """{"id": "pflege-b", "kind": "care", "tonw": "Witten"}""",
            """{"id": "pflege-c", "kind": "care", "town": ["Witten"]}""",
            """{"id": "pflege-d", "kind": "care", "details": {"course_type": "jugend"}}""",
            """{"id": "pflege-e", "kind": "care", "town": "Witten", "ort": "Witten"}""",
            CareLine(1),
            CareLine(1),
            """{"id": "pflege-f", "kind": "care", "name": {"de": "Pflege\u0007"}}""",
        };

        using var run = ImportRun.Of("a.jsonl", string.Join("\n", lines));

        Assert.Collection(run.Lines,
            l => Assert.StartsWith("a.jsonl:1:1: error AV903: Hier steht kein JSON-Objekt.", l),
            l => Assert.StartsWith("a.jsonl:2:1: error AV903: Hier steht kein JSON-Objekt.", l),
            l => Assert.StartsWith("a.jsonl:3:1: error AV905: Dem Angebot fehlt die Kennung \"id\"", l),
            l => Assert.StartsWith("a.jsonl:4:8: error AV906: Die Kennung \"Pflege Witten\" ist nicht erlaubt: nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, höchstens 80 Zeichen, zum Beispiel \"pflege-witten\".", l),
            l => Assert.StartsWith("a.jsonl:5:28: error AV904: \"pflegee\" ist keine Art von Angebot. Meinten Sie \"pflege\"?", l),
            l => Assert.StartsWith("a.jsonl:6:36: error AV908: Das Feld \"tonw\" gibt es nicht. Meinten Sie \"town\"?", l),
            l => Assert.StartsWith("a.jsonl:7:44: error AV909: \"town\" muss ein einzelner Wert (Text oder Zahl) sein.", l),
            l => Assert.StartsWith("a.jsonl:8:48: error AV912: Das Feld \"details.course_type\" gehört zu sprachkurse, dieses Angebot ist aber pflege.", l),
            l => Assert.StartsWith("a.jsonl:9:61: error AV914: Das Feld \"ort\" ist doppelt angegeben", l),
            l => Assert.StartsWith("a.jsonl:11:1: error AV911: Die Kennung \"pflege-1\" kam in dieser Datei schon vor (Zeile 10).", l),
            l => Assert.StartsWith("a.jsonl:12:", l));
        Assert.Contains(run.Problems, p => p.Code == ProblemCodes.ImportControlCharacter && p.Message.Contains("U+0007"));
        Assert.Equal(new ImportResult(1, 1, 0, 11), run.Result);
    }

    [Fact]
    public void OurOwnFieldNames_ImportToo_IncludingBlocksTimesAndThePrivatePerson()
    {
        const string record = """
            {"id": "dolmetscherin-beispiel", "art": "dolmetscher",
             "name": {"de": "Dolmetscherin Leyla Beispiel", "ar": "المترجمة ليلى"},
             "beschreibung": {"de": "Dolmetscht **Arabisch**.\n\n- beim Arzt\n- bei Ämtern", "en": "  Indented first line\nsecond"},
             "ort": "Witten", "kreisweit": true,
             "adresse": {"strasse": "Ring 1", "plz": 58452, "zusatz": "2. Etage"},
             "koordinaten": {"breite": 51.4370, "laenge": 7.3350},
             "telefon": "+49 2302 123458", "traeger": {"name": "Freiberuflich"},
             "sprachen": ["de", "ar"], "zielgruppen": ["frauen", "eltern"], "handlungsfeld": "gesundheit-pflege",
             "kosten": "Nach Absprache: 30 € je Stunde",
             "barrierefreiheit": ["stufenlos"],
             "zeiten": [{"tage": ["mo", "mi"], "von": "09:00", "bis": "12:30"}, {"tage": "fr", "von": "14:00", "bis": "16:00"}],
             "zeiten_hinweis": {"de": "Nicht in den Ferien."},
             "geprueft_am": "2026-10-01", "veroeffentlicht": "nein",
             "intern": {"notiz": "Vertrag bis 2027", "ansprechperson": {"name": "Frau Beispiel", "email": "intern@example.org"}},
             "sprachpaare": ["ar"], "einsatzarten": ["vor-ort"], "fachgebiete": ["gesundheit"], "qualifikation": "beeidigt",
             "buchung": {"de": "# Anrufen"},
             "person": {"name": "Leyla Beispiel", "telefon": "+49 2302 123458", "einwilligung": "ja"}}
            """;

        using var run = ImportRun.Of("export.json", record.ReplaceLineEndings(" "));

        Assert.Empty(run.Lines);
        var offer = run.Load("dolmetscherin-beispiel");
        Assert.Equal("Dolmetscherin Leyla Beispiel", offer.Name.In("de"));
        Assert.Equal("المترجمة ليلى", offer.Name.In("ar"));
        Assert.Equal("Dolmetscht **Arabisch**.\n\n- beim Arzt\n- bei Ämtern", offer.Description.In("de"));
        Assert.Equal("  Indented first line\nsecond", offer.Description.In("en"));
        Assert.True(offer.DistrictWide);
        Assert.Equal(new PostalAddress("Ring 1", "58452", "2. Etage"), offer.Address);
        Assert.Equal(new Coordinates(51.437, 7.335), offer.Coordinates);
        Assert.Equal(new Provider(null, "Freiberuflich"), offer.Provider);
        Assert.Equal(["frauen", "eltern"], offer.TargetGroups);
        Assert.Equal("Nach Absprache: 30 € je Stunde", offer.Costs!.In("de"));
        Assert.Equal(2, offer.Times.Count);
        Assert.Equal(["fr"], offer.Times[1].Days);
        Assert.Equal(new TimeOnly(12, 30), offer.Times[0].To);
        Assert.Equal("Nicht in den Ferien.", offer.TimesNote!.In("de"));
        Assert.False(offer.Published);
        var service = Assert.IsType<InterpreterService>(offer.Details);
        Assert.Equal("beeidigt", service.Qualification);
        Assert.Equal("# Anrufen", service.Booking!.In("de"));
        Assert.Equal(new PrivatePerson("Leyla Beispiel", "+49 2302 123458", null, true), service.Person);
        var file = run.ReadFile("dolmetscher", "dolmetscherin-beispiel");
        Assert.Contains("\nkoordinaten: { breite: 51.4370, laenge: 7.3350 }\n", file);
        Assert.Contains("\nzeiten:\n  - tage: [mo, mi]\n    von: \"09:00\"\n    bis: \"12:30\"\n  - tage: [fr]\n", file);
        Assert.Contains("\nintern:\n  notiz: Vertrag bis 2027\n  ansprechperson:\n    name: Frau Beispiel\n", file);
    }

    [Fact]
    public void AJsonArray_ImportsLikeJsonLines()
    {
        var text = "[\n  " + CareLine(1) + ",\n  " + CareLine(2) + "\n]\n";

        using var run = ImportRun.Of("export.json", text);

        Assert.Empty(run.Lines);
        Assert.Equal(new ImportResult(2, 2, 0, 0), run.Result);
        Assert.Equal(CareServiceKind.Instance, run.Load("pflege-2").Kind);
    }

    [Fact]
    public void BytesThatAreNotUtf8_AreReportedOnTheirLine()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(CareLine(1) + "\n{\"id\": \"pflege-2\", \"name\": \"Stra").Concat(new byte[] { 0xDF, (byte)'e', (byte)'"', (byte)'}', (byte)'\n' }).ToArray();

        using var run = ImportRun.Of("latin1.jsonl", bytes);

        var problem = Assert.Single(run.Problems);
        Assert.Equal(ProblemCodes.ImportNotUtf8, problem.Code);
        Assert.Equal((2, 33), (problem.Position.Line, problem.Position.Column));
        Assert.True(run.Wrote("pflege-1"));
    }

    [Fact]
    public void ImportCommand_ExitsWithOne_OnInputProblems_AndWithTwo_OnWrongUsage()
    {
        using var site = new ScratchSite();
        var input = Path.Combine(Path.GetDirectoryName(site.ContentDirectory)!, "angebote.jsonl");
        File.WriteAllText(input, CareLine(1) + "\nnicht json\n");
        string[] common = ["--content", site.ContentDirectory, "--translations", site.TranslationsDirectory, "--templates", RepositoryPaths.Templates, "--today", "2026-11-25"];

        var withProblems = GeneratorProcess.Run(["import", input, .. common]);
        var missing = GeneratorProcess.Run(["import", input + ".fehlt", .. common]);
        var unclear = GeneratorProcess.Run(["import", site.ContentDirectory + "/site.yaml", .. common]);
        var english = GeneratorProcess.Run(["import", input, "--format", "jsonl", "--messages", "en", "--message-format", "github", .. common]);

        Assert.Equal(1, withProblems.ExitCode);
        Assert.Matches(@"(?m)angebote\.jsonl:2:\d+: error AV902: ", withProblems.StandardOutput);
        Assert.Matches(@"(?m)^Importiert: 1 Angebote \(1 neu, 0 ersetzt\) nach ", withProblems.StandardOutput);
        Assert.Matches(@"(?m)^Nicht importiert: 1 Datensätze mit Problemen in ", withProblems.StandardOutput);
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal(2, unclear.ExitCode);
        Assert.Contains("--format", unclear.StandardError);
        Assert.Equal(1, english.ExitCode);
        Assert.Matches(@"(?m)^::error file=.*,line=2,col=\d+,title=AV902::This line is not valid JSON", english.StandardOutput);
        Assert.Matches(@"(?m)^Imported: 1 offers \(0 new, 1 replaced\) into ", english.StandardOutput);
    }
}
