using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Validation;

/// <summary>One mistake an editor could make, the code the validator gives it, and the line it points at.</summary>
public class ValidationCodeTests
{
    public static TheoryData<string, string, string, string, Severity> Mistakes => new()
    {
        // description, field to replace, replacement, expected code, severity
        { "duplicate key", "telefon", "telefon: \"+49 2302 0000-1\"\ntelefon: \"+49 2302 0000-2\"", "AV106", Severity.Error },
        { "text in a language the site does not have", "name", "name:\n  de: Kurs\n  tk: Kurs", "AV304", Severity.Error },
        { "raw HTML in a description", "beschreibung", "beschreibung:\n  de: Bitte pünktlich<br>kommen.", "AV601", Severity.Error },
        { "end before start", "ende", "ende: 2027-01-01", "AV305", Severity.Error },
        { "postcode of another town", "adresse", "adresse:\n  strasse: Hauptstraße 1\n  plz: \"58332\"", "AV405", Severity.Warning },
        { "provider that is not in the directory", "traeger", "traeger:\n  organisation: gibt-es-nicht", "AV503", Severity.Error },
        { "level that is not CEFR", "niveau_bis", "niveau_bis: B3", "AV301", Severity.Error },
        { "delivery that is not in the list", "durchfuehrung", "durchfuehrung: hybrid", "AV301", Severity.Error },
        { "yes/no misspelled", "kinderbetreuung", "kinderbetreuung: jein", "AV204", Severity.Error },
        { "date not ISO", "beginn", "beginn: 11.01.2027", "AV205", Severity.Error },
        { "malformed website", "website", "website: www.vhs.example.org", "AV403", Severity.Error },
        { "id line that differs from the file name", "id", "id: anderer-kurs", "AV505", Severity.Error },
        { "image in a description", "beschreibung", "beschreibung:\n  de: \"![Flyer](https://example.org/f.png)\"", "AV603", Severity.Error },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Mistake_IsReportedWithItsCode_AtItsLine(string description, string field, string replacement, string code, Severity severity)
    {
        using var site = new ScratchSite();
        var yaml = SampleRecords.With(SampleRecords.Course, field, replacement);
        site.WriteRecord("sprachkurse", "kurs", yaml);
        var diagnostics = new DiagnosticList();

        BuildPipeline.Check(site.Options, diagnostics);

        var problem = Assert.Single(diagnostics.Sorted(), d => d.Code == code);
        Assert.Equal(severity, problem.Severity);
        var lines = yaml.Split('\n');
        var replaced = replacement.Split('\n');
        var first = Array.FindIndex(lines, l => l == replaced[0]) + 1;
        Assert.InRange(problem.Position.Line, first, first + replaced.Length - 1);
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Severity == Severity.Error && d.Code != code);
        Assert.False(string.IsNullOrWhiteSpace(problem.EnglishMessage), description);
    }

    [Theory]
    [InlineData("Online", "Meinten Sie \"online\"?")]
    [InlineData("vor ort", "Meinten Sie \"vor-ort\"?")]
    [InlineData("beide", "Meinten Sie \"beides\"?")]
    [InlineData("hybrid", "Erlaubt sind: vor-ort, online, beides.")]
    public void DeliveryNotInTheList_IsAnError_WithTheValueMeantOrTheValuesAllowed(string written, string hint)
    {
        using var site = new ScratchSite();
        var yaml = SampleRecords.With(SampleRecords.Interpreter, "kreisweit", $"kreisweit: ja\ndurchfuehrung: {written}");
        site.WriteRecord("dolmetscher", "dienst", yaml);
        var diagnostics = new DiagnosticList();

        BuildPipeline.Check(site.Options, diagnostics);

        var problem = Assert.Single(diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.Equal("AV301", problem.Code);
        Assert.Equal(Array.FindIndex(yaml.Split('\n'), l => l.StartsWith("durchfuehrung:", StringComparison.Ordinal)) + 1, problem.Position.Line);
        Assert.Equal("durchfuehrung: ".Length + 1, problem.Position.Column);
        Assert.Equal($"\"{written}\" ist hier nicht erlaubt. {hint}", problem.Message);
    }

    [Fact]
    public void DeliveryListWithoutAValueTheSiteNeeds_IsASettingsError()
    {
        using var site = new ScratchSite();
        var settings = Path.Combine(site.ContentDirectory, "site.yaml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("durchfuehrungsarten: [vor-ort, online, beides]", "durchfuehrungsarten: [vor-ort, online]"));
        var diagnostics = new DiagnosticList();

        BuildPipeline.Check(site.Options, diagnostics);

        var problem = Assert.Single(diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.Equal("AV802", problem.Code);
        Assert.Contains("\"beides\"", problem.Message);
    }

    [Fact]
    public void TownNameWithTheCsvListSeparator_IsASettingsError()
    {
        using var site = new ScratchSite();
        var settings = Path.Combine(site.ContentDirectory, "site.yaml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("Wetter (Ruhr)", "Wetter | Ruhr"));
        var diagnostics = new DiagnosticList();

        BuildPipeline.Check(site.Options, diagnostics);

        var problem = Assert.Single(diagnostics.Sorted(), d => d.Code == "AV802");
        Assert.Equal("Der Name der Stadt \"Wetter | Ruhr\" darf kein \"|\" enthalten; es trennt in den CSV-Dateien die Städte einer Liste.", problem.Message);
    }

    [Fact]
    public void DuplicateIds_InTwoFolders_AreAnError()
    {
        using var site = new ScratchSite();
        site.WriteRecord("sprachkurse", "doppelt", SampleRecords.Course);
        site.WriteRecord("pflege", "doppelt", SampleRecords.Care);
        var diagnostics = new DiagnosticList();

        BuildPipeline.Check(site.Options, diagnostics);

        var problem = Assert.Single(diagnostics.Sorted(), d => d.Code == "AV502");
        Assert.EndsWith("sprachkurse/doppelt.yaml", problem.Position.File);
        Assert.Contains("pflege/doppelt.yaml", problem.Message);
    }

    [Fact]
    public void EditorsGuide_ExplainsEveryDiagnosticCode()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "fehlercodes.md"));
        var codes = typeof(ProblemCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.True(codes.Count > 50);
        Assert.All(codes, code => Assert.Contains(code, guide));
    }
}
