using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Loading.Import;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Tests.Support;
using Angebotsverzeichnis.Kinds.LanguageCourses;
using Angebotsverzeichnis.Kinds.InterpreterServices;
using Angebotsverzeichnis.Kinds.CareServices;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Tests.Importing;

public class CsvImportTests
{
    /// <summary>As German Excel writes "CSV UTF-8": byte order mark, semicolons, CRLF, quoted cells with line breaks and "".</summary>
    private const string Excel =
        "id;art;name_de;name_en;beschreibung_de;kosten_de;ort;strasse;plz;telefon;email;website;traeger;sprachen;zielgruppen;handlungsfeld;geprueft_am;veroeffentlicht;kursart;niveau_von;niveau_bis;beginn;ende;kinderbetreuung;bamf_zugelassen;plaetze;zeiten;breite;laenge;dienstart\r\n" +
        "vhs-kurs;sprachkurse;Integrationskurs \"Abend\";Evening course;\"Zeile eins; mit Semikolon\r\n\r\n- Punkt mit \"\"Zitat\"\"\r\n- zweiter Punkt\";2,29 € pro Stunde;Witten;Hauptstraße 43;58452;+49 2302 0000-210;kurs@vhs.example.org;https://vhs.example.org/kurs;Volkshochschule Witten | Wetter | Herdecke;de, tr ar;eltern gefluechtete;bildung-sprache;15.09.2026;ja;integrationskurs;A1;B1;2027-02-01;30.09.2027;WAHR;nein;frei;\"mo di 9:00-12:00; fr 10.00-11:30\";51,437;7,335;\r\n" +
        ";;;;;;;;;;;;;;;;;;;;;;;;;;;;;\r\n" +
        "pflege-anadolu;pflege;Pflegedienst Anadolu;;Ambulante Pflege.;;Gevelsberg;Mittelstraße 5;58285;;;;;de tr;;;2026-10-01;;;;;;;;;;;;;ambulant\r\n";

    [Fact]
    public void ExcelCsv_WithByteOrderMarkSemicolonsAndQuoting_ImportsEveryCell()
    {
        using var run = ImportRun.Of("bestand.csv", Excel, byteOrderMark: true);

        Assert.Empty(run.Lines);
        Assert.Equal(new ImportResult(2, 2, 0, 0), run.Result);
        var course = run.Load("vhs-kurs");
        Assert.Equal(LanguageCourseKind.Instance, course.Kind);
        Assert.Equal("Integrationskurs \"Abend\"", course.Name.In("de"));
        Assert.Equal("Evening course", course.Name.In("en"));
        Assert.Equal("Zeile eins; mit Semikolon\n\n- Punkt mit \"Zitat\"\n- zweiter Punkt", course.Description.In("de"));
        Assert.Equal("2,29 € pro Stunde", course.Costs!.In("de"));
        Assert.Equal("Witten", course.Town);
        Assert.Equal(new PostalAddress("Hauptstraße 43", "58452", null), course.Address);
        Assert.Equal(new Coordinates(51.437, 7.335), course.Coordinates);
        Assert.Equal("+49 2302 0000-210", course.Phone);
        Assert.Equal("kurs@vhs.example.org", course.Email);
        Assert.Equal("https://vhs.example.org/kurs", course.Website);
        Assert.Equal(new Provider(null, "Volkshochschule Witten | Wetter | Herdecke"), course.Provider);
        Assert.Equal(["de", "tr", "ar"], course.Languages);
        Assert.Equal(["eltern", "gefluechtete"], course.TargetGroups);
        Assert.Equal(new DateOnly(2026, 9, 15), course.Reviewed);
        Assert.True(course.Published);
        Assert.Equal(2, course.Times.Count);
        Assert.Equal(["mo", "di"], course.Times[0].Days);
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(12, 0)), (course.Times[0].From, course.Times[0].To));
        Assert.Equal((new TimeOnly(10, 0), new TimeOnly(11, 30)), (course.Times[1].From, course.Times[1].To));
        var details = Assert.IsType<LanguageCourse>(course.Details);
        Assert.Equal(("integrationskurs", "A1", "B1"), (details.CourseType, details.LevelFrom, details.LevelTo));
        Assert.Equal((new DateOnly(2027, 2, 1), new DateOnly(2027, 9, 30)), (details.Start, details.End));
        Assert.True(details.Childcare);
        Assert.False(details.BamfApproved);
        Assert.Equal("frei", details.Places);

        var care = run.Load("pflege-anadolu");
        Assert.Equal(["de", "tr"], care.Languages);
        // Empty cells are absent; the documented defaults fill the required fields.
        Assert.Null(care.Phone);
        Assert.Null(care.Costs);
        Assert.Equal(["alle"], care.TargetGroups);
        Assert.Equal("gesundheit-pflege", care.FieldOfAction);
        Assert.True(care.Published);
    }

    [Fact]
    public void CommaSeparatedCsv_WithoutByteOrderMark_AndQuotedLists()
    {
        const string csv = """
            id,art,name_de,beschreibung_de,ort,strasse,plz,sprachen,geprueft_am,sprachpaare,einsatzarten,fachgebiete,buchung_de,buchung_tr
            dolmetschpool,dolmetscher,Dolmetschpool,"Ein Pool, kreisweit.",Schwelm,Hauptstraße 92,58332,"de,tr,ar","2026-10-01","tr, ar",vor-ort telefon-video,gesundheit,"Bitte, eine Woche vorher.",Bir hafta önce.
            """;

        using var run = ImportRun.Of("pool.csv", csv);

        Assert.Empty(run.Lines);
        var pool = run.Load("dolmetschpool");
        Assert.Equal("Ein Pool, kreisweit.", pool.Description.In("de"));
        var service = Assert.IsType<InterpreterService>(pool.Details);
        Assert.Equal(["tr", "ar"], service.LanguagePairs);
        Assert.Equal(["vor-ort", "telefon-video"], service.Modes);
        Assert.Equal("sprach-und-integrationsmittlung", service.Qualification);
        Assert.Equal("Bitte, eine Woche vorher.", service.Booking!.In("de"));
        Assert.Equal("Bir hafta önce.", service.Booking!.In("tr"));
    }

    [Fact]
    public void UnknownColumn_IsReportedAtItsHeaderCell_WithASuggestion_AndNothingIsImported()
    {
        const string csv = "id;art;name_de;beschreibung_de;ortt;strasse;plz\r\nkurs;sprachkurse;Kurs;Text;Witten;Ring 1;58452\r\n";

        using var run = ImportRun.Of("liste.csv", csv);

        var line = Assert.Single(run.Lines);
        Assert.StartsWith("liste.csv:1:32: error AV908: Die Spalte \"ortt\" gibt es nicht. Meinten Sie \"ort\"?", line);
        Assert.Equal(0, run.Result!.Imported);
        Assert.Equal(1, run.Result.Skipped);
        Assert.False(run.Wrote("kurs"));
    }

    [Fact]
    public void UnknownColumn_HasAnEnglishMessageToo()
    {
        using var run = ImportRun.Of("liste.csv", "id,art,name_de,telefn\nkurs,sprachkurse,Kurs,+49 1\n");

        var problem = Assert.Single(run.Problems);
        Assert.Equal(ProblemCodes.ImportUnknownField, problem.Code);
        Assert.Equal((1, 16), (problem.Position.Line, problem.Position.Column));
        Assert.Contains("Did you mean \"telefon\"?", problem.EnglishMessage);
    }

    [Fact]
    public void RowWithTheWrongNumberOfCells_IsReportedAndSkipped_TheOthersImport()
    {
        const string csv = "id;art;name_de;beschreibung_de;ort;strasse;plz;sprachen;geprueft_am;dienstart\n" +
                           "eins;pflege;Eins;Text;Witten;Ring 1;58452;de;2026-10-01;ambulant\n" +
                           "zwei;pflege;Zwei;Text; mit Semikolon;Witten;Ring 1;58452;de;2026-10-01;ambulant\n" +
                           "drei;pflege;Drei;Text;Witten;Ring 1;58452;de;2026-10-01;ambulant\n";

        using var run = ImportRun.Of("pflege.csv", csv);

        var line = Assert.Single(run.Lines);
        Assert.StartsWith("pflege.csv:3:1: error AV907: Diese Zeile hat 11 Zellen, die Kopfzeile aber 10.", line);
        Assert.Equal(new ImportResult(2, 2, 0, 1), run.Result);
        Assert.True(run.Wrote("eins"));
        Assert.False(run.Wrote("zwei"));
        Assert.True(run.Wrote("drei"));
    }

    [Fact]
    public void RowProblems_NameTheCell_AndSkipOnlyThatRow()
    {
        const string csv = "id;art;name_de;kursart;dienstart\n" +
                           "Mein Kurs;sprachkurse;Kurs;;\n" +
                           "kurs;sprachkurs;Kurs;;\n" +
                           "pflege;pflege;Pflege;integrationskurs;ambulant\n" +
                           "offen;pflege;\"Pflege \"offen\";;\n" +
                           "gut;pflege;Gut;;ambulant\n";

        using var run = ImportRun.Of("zeilen.csv", csv);

        Assert.Collection(run.Lines,
            l => Assert.StartsWith("zeilen.csv:2:1: error AV906: Die Kennung \"Mein Kurs\" ist nicht erlaubt", l),
            l => Assert.StartsWith("zeilen.csv:3:6: error AV904: \"sprachkurs\" ist keine Art von Angebot. Meinten Sie \"sprachkurse\"?", l),
            l => Assert.StartsWith("zeilen.csv:4:22: error AV912: Die Spalte \"kursart\" gilt nur für sprachkurse", l),
            l => Assert.StartsWith("zeilen.csv:5:23: error AV910: ", l));
        Assert.Equal(new ImportResult(1, 1, 0, 4), run.Result);
        Assert.True(run.Wrote("gut"));
    }

    [Fact]
    public void EveryDocumentedColumn_IsKnown_AndDocsListThemAll()
    {
        var columns = CsvColumns.For(["de", "en"]).Select(c => c.Name).ToList();
        Assert.Equal(columns.Count, columns.Distinct().Count());
        foreach (var name in new[]
                 {
                     "name_de", "name_en", "beschreibung_de", "kosten_en", "ort", "durchfuehrung", "strasse", "plz", "zusatz", "breite", "laenge",
                     "telefon", "email", "website", "traeger", "traeger_organisation", "sprachen", "zielgruppen", "handlungsfeld",
                     "geprueft_am", "veroeffentlicht", "zeiten", "kursart", "niveau_von", "niveau_bis", "beginn", "ende",
                     "kinderbetreuung", "bamf_zugelassen", "plaetze", "sprachpaare", "einsatzarten", "fachgebiete", "qualifikation",
                     "dienstart", "personal_sprachen", "kulturelle_merkmale", "versorgungsgebiet", "schwerpunkte", "neue_mitglieder",
                     "person_name", "person_einwilligung", "intern_notiz",
                 })
        {
            Assert.Contains(name, columns);
        }

        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "import.md"));
        foreach (var column in CsvColumns.For(["de"]).Select(c => c.Name))
        {
            var documented = column.EndsWith("_de", StringComparison.Ordinal) ? column[..^3] + "_<sprache>" : column;
            Assert.Contains($"`{documented}`", guide);
        }
    }

    [Fact]
    public void DeliveryColumn_IsWrittenAfterTheTown_AndAnEmptyCellMeansOnSite()
    {
        const string csv =
            "id,art,name_de,beschreibung_de,ort,durchfuehrung,strasse,plz,sprachen,geprueft_am,dienstart\n" +
            "video-beratung,pflege,Pflegeberatung per Video,Beratung am Bildschirm.,Schwelm,online,Hauptstraße 92,58332,de,2026-10-01,beratung\n" +
            "pflegedienst,pflege,Pflegedienst,Ambulante Pflege.,Schwelm,,Hauptstraße 93,58332,de,2026-10-01,ambulant\n";

        using var run = ImportRun.Of("pflege.csv", csv);

        Assert.Empty(run.Lines);
        Assert.Equal("online", run.Load("video-beratung").Delivery);
        Assert.Equal("vor-ort", run.Load("pflegedienst").Delivery);
        var written = File.ReadAllText(Path.Combine(run.Site.ContentDirectory, "pflege", "video-beratung.yaml"));
        Assert.Contains("\nort: Schwelm\ndurchfuehrung: online\nadresse:\n", written);
        Assert.DoesNotContain("durchfuehrung", File.ReadAllText(Path.Combine(run.Site.ContentDirectory, "pflege", "pflegedienst.yaml")));
    }

    [Fact]
    public void OwnOpenDataExport_ImportsAgain_WithItsListsTimesAndGuardedCells()
    {
        using var exporter = new ScratchSite();
        exporter.WriteRecord("pflege", "pflege-formel", Output.SpreadsheetFormulaTests.Record);
        Assert.True(exporter.Build().Succeeded);
        var original = ContentOf(exporter, "pflege", "pflege-formel");

        using var run = ImportRun.Of("angebote.csv", File.ReadAllBytes(Path.Combine(exporter.OutputDirectory, "data", "angebote.csv")));

        Assert.Empty(run.Lines);
        var imported = run.Load("pflege-formel");
        Assert.Equal(original.Name.ByLanguage, imported.Name.ByLanguage);
        Assert.StartsWith("=HYPERLINK(", imported.Name.In("de"));
        Assert.Equal(original.Description.ByLanguage, imported.Description.ByLanguage);
        Assert.Equal(original.Costs!.ByLanguage, imported.Costs!.ByLanguage);
        Assert.Equal("'s kostet nichts", imported.Costs.In("de"));
        Assert.Equal("+49 2335 0000-1", imported.Phone);
        Assert.Equal(original.Coordinates, imported.Coordinates);
        Assert.Equal(original.Town, imported.Town);
        Assert.Equal(original.Languages, imported.Languages);
        Assert.Equal(Periods(original.Times), Periods(imported.Times));
        Assert.Equal(2, imported.Times.Count);
        Assert.Equal(["Wetter (Ruhr)", "Herdecke"], Assert.IsType<CareService>(imported.Details).AreaServed);
    }

    private static IEnumerable<string> Periods(IEnumerable<TimeSlot> times) => times.Select(t => $"{string.Join(' ', t.Days)} {t.From}-{t.To}");

    private static Offer ContentOf(ScratchSite site, string kindFolder, string id)
    {
        var file = Path.Combine(site.ContentDirectory, kindFolder, id + ".yaml");
        var diagnostics = new DiagnosticList();
        var offer = ContentLoader.ReadRecord(new RecordFile(file, file, id, OfferKinds.FromFolder(kindFolder)!), "de", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return offer!;
    }

    [Theory]
    [InlineData("id;art;name_de\r\n", ';')]
    [InlineData("id,art,name_de\n", ',')]
    [InlineData("id\tart\tname_de\n", '\t')]
    [InlineData("\r\n\r\nid,art\n", ',')]
    [InlineData("\"id;x\",art,name_de\n", ',')]
    [InlineData("id;art;name_de\nkurs,sprachkurse,Kurs, mit Komma\n", ';')]
    [InlineData("id\n", ';')]
    public void Separator_IsTheOneOfTheHeaderLine_OutsideQuotationMarks(string text, char separator) =>
        Assert.Equal(separator, CsvParser.DetectSeparator(text));

    [Fact]
    public void TabSeparatedFile_Imports()
    {
        const string csv = "id\tart\tname_de\tbeschreibung_de\tort\tstrasse\tplz\tsprachen\tgeprueft_am\tdienstart\tversorgungsgebiet\n" +
                           "pflege-tab\tpflege\tPflege, mit Komma\tText; mit Semikolon\tWetter (Ruhr)\tRing 1\t58300\tde tr\t2026-10-01\tambulant\tWetter (Ruhr), Herdecke\n";

        using var run = ImportRun.Of("tab.csv", csv);

        Assert.Empty(run.Lines);
        var care = run.Load("pflege-tab");
        Assert.Equal("Pflege, mit Komma", care.Name.In("de"));
        Assert.Equal("Text; mit Semikolon", care.Description.In("de"));
        Assert.Equal(["Wetter (Ruhr)", "Herdecke"], Assert.IsType<CareService>(care.Details).AreaServed);
    }

    [Theory]
    [InlineData("Wetter (Ruhr) | Herdecke", "de | tr | ar", "mo di 08:00-12:00 | fr 14:00-16:30")]
    [InlineData("Wetter (Ruhr)|Herdecke", "de|tr|ar", "mo di 08:00-12:00|fr 14:00-16:30")]
    [InlineData("Wetter (Ruhr), Herdecke", "de, tr ar", "mo di 8:00-12:00; fr 14.00-16:30")]
    [InlineData("Wetter (Ruhr)\nHerdecke", "de;tr;ar", "mo, di 08:00-12:00\nfr 14:00-16:30")]
    public void Lists_SeparatedByBars_OrAsBefore_ReadTheSame_AndKeepATownWithSpacesWhole(string towns, string languages, string times)
    {
        var csv = "id;art;name_de;beschreibung_de;ort;strasse;plz;sprachen;zeiten;geprueft_am;dienstart;versorgungsgebiet\n" +
                  $"pflege-liste;pflege;Pflege;Text;Herdecke;Ring 1;58313;{Quoted(languages)};{Quoted(times)};2026-10-01;ambulant;{Quoted(towns)}\n";

        using var run = ImportRun.Of("listen.csv", csv);

        Assert.Empty(run.Lines);
        var care = run.Load("pflege-liste");
        Assert.Equal(["Wetter (Ruhr)", "Herdecke"], Assert.IsType<CareService>(care.Details).AreaServed);
        Assert.Equal(["de", "tr", "ar"], care.Languages);
        Assert.Equal(["mo di 08:00-12:00", "fr 14:00-16:30"], care.Times.Select(t => $"{string.Join(' ', t.Days)} {t.From:HH:mm}-{t.To:HH:mm}"));
    }

    private static string Quoted(string cell) => cell.IndexOfAny([';', '\n']) >= 0 ? $"\"{cell}\"" : cell;

    [Theory]
    [InlineData("'+49 2302 0000-210", "+49 2302 0000-210")]
    [InlineData("'=Kurs", "=Kurs")]
    [InlineData("'-Kurs", "-Kurs")]
    [InlineData("'@Kurs", "@Kurs")]
    [InlineData("''s Kurs", "'s Kurs")]
    [InlineData("'s Kurs", "'s Kurs")]
    [InlineData("Kurs's", "Kurs's")]
    public void AnApostropheTheExportPutInFront_IsRemoved_AnEditorsOwnStays(string cell, string value)
    {
        var csv = $"id;art;name_de;beschreibung_de;ort;strasse;plz;sprachen;geprueft_am;dienstart\npflege-name;pflege;{cell};Text;Witten;Ring 1;58452;de;2026-10-01;ambulant\n";

        using var run = ImportRun.Of("namen.csv", csv);

        Assert.Empty(run.Lines);
        Assert.Equal(value, run.Load("pflege-name").Name.In("de"));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("Kurs", "Kurs")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+49 2302 0000-210", "'+49 2302 0000-210")]
    [InlineData("-Kurs", "'-Kurs")]
    [InlineData("@Kurs", "'@Kurs")]
    [InlineData("\tKurs", "'\tKurs")]
    [InlineData("\nKurs", "'\nKurs")]
    [InlineData("'s Kurs", "''s Kurs")]
    [InlineData("-0,1276", "-0,1276")]
    [InlineData("-12", "-12")]
    [InlineData("-0,1276 Grad", "'-0,1276 Grad")]
    [InlineData("-0.1276", "'-0.1276")]
    public void FormulaGuard_IsTheApostropheOfTheDataPage_AndComesOffAgain(string value, string written)
    {
        Assert.Equal(written, CsvDialect.GuardFormula(value));
        Assert.Equal(value, CsvDialect.RemoveFormulaGuard(written));
        // The rule the /data/ page gives readers: an apostrophe at the start is never part of the value.
        Assert.Equal(value, PublishedCsv.Value(written));
    }

    [Theory]
    [InlineData(51.4372, "51,4372")]
    [InlineData(7.335, "7,335")]
    [InlineData(-0.1276, "-0,1276")]
    [InlineData(12.0, "12")]
    [InlineData(-3.0, "-3")]
    [InlineData(1234567.5, "1234567,5")]
    [InlineData(0.00001, "0,00001")]
    [InlineData(-1.5e-7, "-0,00000015")]
    [InlineData(2.5e20, "250000000000000000000")]
    [InlineData(0.30000000000000004, "0,30000000000000004")]
    public void Number_HasADecimalComma_NoThousandsSeparatorOrExponent_AndImportsBack(double value, string written)
    {
        Assert.Equal(written, CsvDialect.Number(value));
        Assert.Equal(value, PublishedCsv.Number(written));
        Assert.Equal(value, double.Parse(ImportValues.Number(written), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("51,437", "7,335", 51.437, 7.335)]
    [InlineData("51.437", "7.335", 51.437, 7.335)]
    [InlineData("51,39", "-0,1276", 51.39, -0.1276)]
    [InlineData("51.39", "-0.1276", 51.39, -0.1276)]
    [InlineData(" 51,4 ", "7,3", 51.4, 7.3)]
    public void Coordinates_WithADecimalCommaOrPoint_ImportAsTheSameNumbers_AndAreWrittenWithAPoint(string latitude, string longitude, double expectedLatitude, double expectedLongitude)
    {
        var csv = "id;art;name_de;beschreibung_de;ort;strasse;plz;sprachen;geprueft_am;dienstart;breite;laenge\r\n" +
                  $"pflege-karte;pflege;Pflege;Text;Witten;Ring 1;58452;de;2026-10-01;ambulant;{latitude};{longitude}\r\n";

        using var run = ImportRun.Of("karte.csv", csv);

        Assert.Empty(run.Lines);
        Assert.Equal(new Coordinates(expectedLatitude, expectedLongitude), run.Load("pflege-karte").Coordinates);
        var written = File.ReadAllText(Path.Combine(run.Site.ContentDirectory, "pflege", "pflege-karte.yaml"));
        Assert.Contains(FormattableString.Invariant($"breite: {expectedLatitude}"), written);
        Assert.Contains(FormattableString.Invariant($"laenge: {expectedLongitude}"), written);
    }

    [Theory]
    [InlineData("csv", "beispiel.csv")]
    [InlineData("json", "beispiel.jsonl")]
    public void TheExamplesInTheGuide_ImportAndPassValidation(string block, string fileName)
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "import.md"));
        var start = guide.IndexOf($"```{block}\n", StringComparison.Ordinal) + block.Length + 4;
        var example = guide[start..guide.IndexOf("```", start, StringComparison.Ordinal)];

        using var run = ImportRun.Of(fileName, example);

        Assert.Empty(run.Lines);
        Assert.True(run.Result!.Imported > 0);
        var diagnostics = new DiagnosticList();
        BuildPipeline.Check(run.Site.Options, diagnostics);
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Severity == Severity.Error);
    }
}
