using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Tests.Support;
using Angebotsverzeichnis.Translation;

namespace Angebotsverzeichnis.Tests.Translation;

/// <summary>
/// A translation remembers the German text it was made from (a fingerprint on the line below it). When the German
/// text changes, the translation is stale: the check warns per record, field and language, and the page shows the
/// translation with a note in the reader's language and a link to the current German page. A translation without a
/// fingerprint counts as current until "translate fingerprints" records one.
/// </summary>
public sealed class StaleTranslationTests
{
    private const string GermanName = "Deutschkurs am Abend";
    private const string GermanDescription = "Ein Kurs für Eltern, dienstags um 18 Uhr.";

    private static string Record(string germanDescription, bool tracked = true)
    {
        var nameFingerprint = tracked ? $"\n  tr_quelle: {SourceFingerprint.Of(GermanName)}" : "";
        var descriptionFingerprint = tracked ? $"\n  tr_quelle: {SourceFingerprint.Of(GermanDescription)}" : "";
        return SampleRecords.With(SampleRecords.With(SampleRecords.Course, "name", $"""
            name:
              de: {GermanName}
              tr: Akşam Almanca kursu{nameFingerprint}
            """), "beschreibung", $"""
            beschreibung:
              de: {germanDescription}
              tr: Veliler için bir kurs, salı günleri saat 18'de.{descriptionFingerprint}
            """);
    }

    private static List<Diagnostic> Check(ScratchSite site)
    {
        var diagnostics = new DiagnosticList();
        BuildPipeline.Check(site.Options, diagnostics);
        return diagnostics.Sorted().Where(d => d.Code is ProblemCodes.TranslationStale or ProblemCodes.BadSourceFingerprint).ToList();
    }

    [Fact]
    public void AChangedGermanText_MakesItsTranslationStale_AndNothingElse()
    {
        using var site = new ScratchSite();
        var path = site.WriteRecord("sprachkurse", "abendkurs", Record(GermanDescription));
        Assert.Empty(Check(site));

        site.WriteRecord("sprachkurse", "abendkurs", Record("Ein Kurs für Eltern, jetzt mittwochs um 18 Uhr."));
        var warning = Assert.Single(Check(site));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("\"beschreibung.tr\"", warning.Message);
        Assert.Contains($"tr_quelle: {SourceFingerprint.Of("Ein Kurs für Eltern, jetzt mittwochs um 18 Uhr.")}", warning.Message);
        var line = File.ReadAllLines(path).ToList().FindIndex(l => l.StartsWith("  tr: Veliler", StringComparison.Ordinal)) + 1;
        Assert.Equal((line, 7), (warning.Position.Line, warning.Position.Column));
    }

    [Fact]
    public void ATranslationWithoutFingerprint_CountsAsCurrent()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "abendkurs", Record("Ein ganz anderer deutscher Text.", tracked: false));
        Assert.Empty(Check(site));
    }

    [Fact]
    public void AFingerprintThatIsNoFingerprint_IsAnError_WithItsPosition()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "abendkurs", Record(GermanDescription).Replace($"tr_quelle: {SourceFingerprint.Of(GermanName)}", "tr_quelle: neu", StringComparison.Ordinal));
        var error = Assert.Single(Check(site));
        Assert.Equal((ProblemCodes.BadSourceFingerprint, Severity.Error, 4), (error.Code, error.Severity, error.Position.Line));
    }

    [Fact]
    public void AStalePage_ShowsTheTranslation_WithANoteInTheReadersLanguage_AndALinkToTheGermanPage()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "abendkurs", Record("Ein Kurs für Eltern, jetzt mittwochs um 18 Uhr."));
        Assert.True(site.Build().Succeeded);

        var turkish = OutputFiles.Parse(Path.Combine(site.OutputDirectory, "tr", "sprachkurse", "abendkurs.html"));
        var note = turkish.QuerySelector("main .stale-note");
        Assert.NotNull(note);
        Assert.Contains("daha eski bir Almanca metinden", note!.TextContent);
        var link = note.QuerySelector("a")!;
        Assert.Equal("de", link.GetAttribute("hreflang"));
        Assert.EndsWith("/de/sprachkurse/abendkurs.html", link.GetAttribute("href"));
        // The stale description keeps its Turkish text, marked; the current name carries no mark.
        var description = turkish.QuerySelector("main .offer-description")!;
        Assert.Contains("Veliler için bir kurs", description.TextContent);
        Assert.NotNull(description.QuerySelector(".stale-text"));
        Assert.Null(turkish.QuerySelector("main h1 .stale-mark"));
        Assert.Equal("Akşam Almanca kursu", turkish.QuerySelector("main h1")!.TextContent.Trim());

        // English has no translation at all: the German text as before, with no stale note.
        var english = OutputFiles.Parse(Path.Combine(site.OutputDirectory, "en", "sprachkurse", "abendkurs.html"));
        Assert.Null(english.QuerySelector("main .stale-note"));
    }

    [Fact]
    public void Fingerprints_AreRecordedBelowEachUntrackedTranslation_Once_ChangingNothingElse()
    {
        using var site = new ScratchSite();
        var original = """
            # yaml-language-server: $schema=../../schemas/sprachkurs.schema.json
            # Von Hand geprüft.
            name:
              de: Deutschkurs am Abend
              tr: Akşam Almanca kursu # vom Verein übersetzt
              en: Evening German course
              en_quelle: 0badc0de
            beschreibung:
              de: |
                Ein Kurs für Eltern.

                Dienstags.
              tr: |
                Veliler için bir kurs.

                Salı günleri.

            """;
        var record = SampleRecords.With(SampleRecords.With(SampleRecords.Course, "name", ""), "beschreibung", "");
        var path = site.WriteRecord("sprachkurse", "abendkurs", original + record.Trim('\n') + "\n");
        var diagnostics = new DiagnosticList();

        var first = FingerprintWriter.RecordMissing(site.ContentDirectory, site.TranslationsDirectory, "de", diagnostics);

        var expected = $"""
            # yaml-language-server: $schema=../../schemas/sprachkurs.schema.json
            # Von Hand geprüft.
            name:
              de: Deutschkurs am Abend
              tr: Akşam Almanca kursu # vom Verein übersetzt
              tr_quelle: {SourceFingerprint.Of("Deutschkurs am Abend")}
              en: Evening German course
              en_quelle: 0badc0de
            beschreibung:
              de: |
                Ein Kurs für Eltern.

                Dienstags.
              tr: |
                Veliler için bir kurs.

                Salı günleri.
              tr_quelle: {SourceFingerprint.Of("Ein Kurs für Eltern.\n\nDienstags.")}

            """ + record.Trim('\n') + "\n";
        Assert.Equal(expected, File.ReadAllText(path));
        Assert.Equal(2, first.FingerprintsAdded);
        // The stale English fingerprint was left as it was; a second run finds nothing left to do.
        var second = FingerprintWriter.RecordMissing(site.ContentDirectory, site.TranslationsDirectory, "de", diagnostics);
        Assert.Equal(0, second.FingerprintsAdded);
        Assert.Equal(expected, File.ReadAllText(path));
    }

    [Fact]
    public void AnInterfaceText_TranslatedFromAnEarlierGermanText_IsFlagged()
    {
        using var site = new ScratchSite();
        var diagnostics = new DiagnosticList();
        FingerprintWriter.RecordMissing(site.ContentDirectory, site.TranslationsDirectory, "de", diagnostics);
        var german = Path.Combine(site.TranslationsDirectory, "de.yaml");
        File.WriteAllText(german, File.ReadAllText(german).Replace("  call: Anrufen", "  call: Jetzt anrufen", StringComparison.Ordinal));

        var check = new DiagnosticList();
        BuildPipeline.Check(site.Options, check);
        var stale = check.Sorted().Where(d => d.Code == ProblemCodes.InterfaceTranslationStale).ToList();
        Assert.Equal(7, stale.Count); // each of the seven languages besides German translates "detail.call"
        Assert.All(stale, d => Assert.Contains("\"detail.call\"", d.Message));
        Assert.Contains(stale, d => d.Position.File.EndsWith("tr.yaml", StringComparison.Ordinal));
    }

    /// <summary>The pull-request review lists what a change made stale: each translation of the changed German text, with its line.</summary>
    [Fact]
    public void AChangedGermanText_IsListedInTheReview_WithEachTranslationItMadeStale()
    {
        using var folder = new TemporaryDirectory();
        var before = folder.CopyFolder(RepositoryPaths.Content, "before");
        var after = folder.CopyFolder(RepositoryPaths.Content, "after");
        var record = Path.Combine(after, "organisationen", "islamische-gemeinde-gevelsberg.yaml");
        File.WriteAllText(record, File.ReadAllText(record).Replace("  de: Islamische Gemeinde Gevelsberg\n", "  de: Islamische Gemeinde Gevelsberg e. V.\n", StringComparison.Ordinal));

        var stale = Angebotsverzeichnis.Review.NewProblems.Find(before, after, ScratchSite.Today)
            .Where(p => p.Code == ProblemCodes.TranslationStale).Select(p => p.Message.Split('"')[1]).Order().ToList();
        Assert.Equal(["name.ar", "name.en", "name.tr"], stale);
    }

    /// <summary>The report counts per language and kind what is current, stale and missing, and names the oldest stale text.</summary>
    [Fact]
    public void TheReport_CountsCurrentStaleAndMissingTexts_PerLanguageAndKind()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "abendkurs", Record("Ein Kurs für Eltern, jetzt mittwochs um 18 Uhr."));
        Assert.True(site.Build().Succeeded);

        var rows = PublishedCsv.Read(Path.Combine(site.OutputDirectory, "data", "bericht", "uebersetzungen.csv")).Rows;
        var turkish = rows.Single(r => r["sprache"] == "tr" && r["art"] == "sprachkurse");
        // name (current), beschreibung (stale), kosten (missing: German only)
        Assert.Equal(("1", "1", "1"), (turkish["aktuell"], turkish["veraltet"], turkish["fehlt"]));
        Assert.Equal(("abendkurs", "beschreibung", "2026-10-01"), (turkish["aeltester_veralteter"], turkish["feld"], turkish["geprueft_am"]));
        var english = rows.Single(r => r["sprache"] == "en" && r["art"] == "sprachkurse");
        Assert.Equal(("0", "0", "3"), (english["aktuell"], english["veraltet"], english["fehlt"]));
        Assert.Contains(rows, r => r["sprache"] == "tr" && r["art"] == "oberflaeche");

        var report = OutputFiles.Parse(Path.Combine(site.OutputDirectory, "de", "bericht", "index.html"));
        var row = report.QuerySelectorAll("section[aria-labelledby='translations'] tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent == "Türkisch" && r.QuerySelectorAll("td")[0].TextContent == "Sprachkurse");
        Assert.Equal(["1", "1", "1"], row.QuerySelectorAll("td").Skip(1).Take(3).Select(c => c.TextContent));
        Assert.EndsWith("/tr/sprachkurse/abendkurs.html", row.QuerySelector("a")!.GetAttribute("href"));
    }
}
