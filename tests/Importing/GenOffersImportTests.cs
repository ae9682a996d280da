using System.Text.Json;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Loading.Import;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Tests.Support;
using Angebotsverzeichnis.Kinds.MigrantOrganisations;
using Angebotsverzeichnis.Kinds.LanguageCourses;
using Angebotsverzeichnis.Kinds.InterpreterServices;
using Angebotsverzeichnis.Kinds.CareServices;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Tests.Importing;

/// <summary>
/// The benchmark's synthetic export (gen_offers.py, checked in as a fixture) imports without loss: every field of
/// every record is compared with what our loader reads back from the written files. The expected translations are
/// written out here independently of the importer's tables.
/// </summary>
public class GenOffersImportTests
{
    private static string Fixture => Path.Combine(RepositoryPaths.Fixtures, "import", "gen-offers-50.jsonl");

    private static readonly Dictionary<string, (OfferKind Kind, string Folder, string FieldOfAction)> Kinds = new()
    {
        ["course"] = (LanguageCourseKind.Instance, "sprachkurse", "bildung-sprache"),
        ["interpreter"] = (InterpreterServiceKind.Instance, "dolmetscher", "gesundheit-pflege"),
        ["care"] = (CareServiceKind.Instance, "pflege", "gesundheit-pflege"),
        ["organisation"] = (MigrantOrganisationKind.Instance, "organisationen", "teilhabe-sport-kultur"),
    };

    private static readonly Dictionary<string, string> CourseTypes = new()
    {
        ["integrationskurs"] = "integrationskurs", ["alphabetisierung"] = "alphabetisierung", ["jugend"] = "jugendintegrationskurs",
        ["eltern"] = "elternintegrationskurs", ["frauen"] = "frauenintegrationskurs", ["berufssprachkurs"] = "berufssprachkurs",
    };

    private static readonly Dictionary<string, string> Modes = new()
    {
        ["on_site"] = "vor-ort", ["phone"] = "telefon-video", ["video"] = "telefon-video", ["written"] = "schriftlich",
    };

    private static readonly Dictionary<string, string> Subjects = new()
    {
        ["health"] = "gesundheit", ["authorities"] = "behoerden-gerichte", ["school"] = "schule-eltern", ["general"] = "allgemein",
    };

    private static readonly Dictionary<string, string> ServiceTypes = new()
    {
        ["home_care"] = "ambulant", ["inpatient"] = "stationaer", ["day_care"] = "tagespflege", ["hospice"] = "hospiz", ["counselling"] = "beratung",
    };

    private static readonly Dictionary<string, string> Features = new()
    {
        ["halal"] = "halal", ["kosher"] = "koscher", ["prayer_room"] = "gebetsraum", ["same_gender_care"] = "gleichgeschlechtliche-pflege",
        ["religious_support"] = "religioese-begleitung",
    };

    private static readonly Dictionary<string, string> Focus = new()
    {
        ["culture"] = "kultur", ["religion"] = "religion", ["sport"] = "sport", ["education"] = "bildung", ["parents"] = "eltern",
        ["seniors"] = "senioren", ["women"] = "frauen", ["youth"] = "jugend", ["counselling"] = "beratung",
    };

    /// <summary>Every key gen_offers writes; a new one would fail this test until it is imported and compared.</summary>
    private static readonly string[] TopLevelKeys =
        ["id", "kind", "town", "languages", "street", "postcode", "phone", "email", "website", "reviewed", "name", "description", "costs", "details"];

    private static readonly Dictionary<string, string[]> DetailKeys = new()
    {
        ["course"] = ["course_type", "level_from", "level_to", "start", "end", "childcare", "bamf_approved"],
        ["interpreter"] = ["language_pairs", "modes", "fields"],
        ["care"] = ["service_type", "staff_languages", "features"],
        ["organisation"] = ["focus", "communities", "new_members"],
    };

    [Fact]
    public void EveryFieldOfEveryRecord_ReadsBackFromTheWrittenFiles()
    {
        using var site = new ScratchSite();
        var problems = new DiagnosticList();

        var result = OfferImporter.Import(Fixture, ImportFormat.JsonLines, site.ContentDirectory, problems);

        Assert.Empty(problems.Sorted());
        var sources = File.ReadLines(Fixture).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(new ImportResult(sources.Count, sources.Count, 0, 0), result);
        var loadProblems = new DiagnosticList();
        var content = ContentLoader.Load(site.ContentDirectory, site.TranslationsDirectory, loadProblems)!;
        Assert.DoesNotContain(loadProblems.Sorted(), d => d.Severity == Severity.Error);
        var offers = content.Offers.ToDictionary(o => o.Id);
        Assert.Equal(sources.Count, offers.Count);

        foreach (var source in sources) AssertSame(source, offers[source.GetProperty("id").GetString()!]);
    }

    private static void AssertSame(JsonElement source, Offer offer)
    {
        Assert.Equal(TopLevelKeys.Order(), source.EnumerateObject().Select(p => p.Name).Order());
        var kind = Kinds[source.GetProperty("kind").GetString()!];
        Assert.Equal(kind.Kind, offer.Kind);
        Assert.Equal(Text(source, "town"), offer.Town);
        Assert.Equal(Strings(source.GetProperty("languages")), offer.Languages);
        Assert.Equal(new PostalAddress(Text(source, "street"), Text(source, "postcode"), null), offer.Address);
        Assert.Equal(Text(source, "phone"), offer.Phone);
        Assert.Equal(Text(source, "email"), offer.Email);
        Assert.Equal(Text(source, "website"), offer.Website);
        Assert.Equal(DateOnly.Parse(Text(source, "reviewed")), offer.Reviewed);
        AssertTexts(source.GetProperty("name"), offer.Name);
        AssertTexts(source.GetProperty("description"), offer.Description);
        AssertTexts(source.GetProperty("costs"), offer.Costs!);
        // The documented defaults for what gen_offers does not have.
        Assert.Equal(["alle"], offer.TargetGroups);
        Assert.Equal(kind.FieldOfAction, offer.FieldOfAction);
        Assert.True(offer.Published);

        var details = source.GetProperty("details");
        Assert.Equal(DetailKeys[source.GetProperty("kind").GetString()!].Order(), details.EnumerateObject().Select(p => p.Name).Order());
        switch (offer.Details)
        {
            case LanguageCourse course:
                Assert.Equal(CourseTypes[Text(details, "course_type")], course.CourseType);
                Assert.Equal(Text(details, "level_from"), course.LevelFrom);
                Assert.Equal(Text(details, "level_to"), course.LevelTo);
                Assert.Equal(DateOnly.Parse(Text(details, "start")), course.Start);
                Assert.Equal(DateOnly.Parse(Text(details, "end")), course.End);
                Assert.Equal(details.GetProperty("childcare").GetBoolean(), course.Childcare);
                Assert.Equal(details.GetProperty("bamf_approved").GetBoolean(), course.BamfApproved);
                break;
            case InterpreterService service:
                var pairs = details.GetProperty("language_pairs").EnumerateArray().Select(p => Strings(p)).ToList();
                Assert.All(pairs, p => Assert.Equal("de", p[0]));
                Assert.Equal(pairs.Select(p => p[1]), service.LanguagePairs);
                Assert.Equal(Strings(details.GetProperty("modes")).Select(m => Modes[m]).Distinct(), service.Modes);
                Assert.Equal(Strings(details.GetProperty("fields")).Select(f => Subjects[f]), service.Subjects);
                Assert.Equal("sprach-und-integrationsmittlung", service.Qualification);
                break;
            case CareService care:
                Assert.Equal(ServiceTypes[Text(details, "service_type")], care.ServiceType);
                Assert.Equal(Strings(details.GetProperty("staff_languages")), care.StaffLanguages);
                Assert.Equal(Strings(details.GetProperty("features")).Select(f => Features[f]), care.CulturalFeatures);
                break;
            case MigrantOrganisation organisation:
                Assert.Equal(Strings(details.GetProperty("focus")).Select(f => Focus[f]), organisation.Focus);
                Assert.Equal(string.Join(", ", Strings(details.GetProperty("communities"))), organisation.Communities!.In("de"));
                Assert.Equal(details.GetProperty("new_members").GetBoolean(), organisation.NewMembersWelcome);
                break;
            default:
                Assert.Fail($"unexpected kind {offer.Kind}");
                break;
        }
    }

    private static void AssertTexts(JsonElement source, LocalizedText loaded)
    {
        var expected = source.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), loaded.ByLanguage.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    private static string Text(JsonElement element, string name) => element.GetProperty(name).GetString()!;

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    [Fact]
    public void ImportedFiles_PassTheSameChecksAsValidate_WithoutErrors()
    {
        using var site = new ScratchSite();
        OfferImporter.Import(Fixture, ImportFormat.JsonLines, site.ContentDirectory, new DiagnosticList());

        var diagnostics = new DiagnosticList();
        var (content, templates, _) = BuildPipeline.Check(site.Options, diagnostics);

        Assert.NotNull(content);
        Assert.NotNull(templates);
        Assert.Equal(50, content.Offers.Count);
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Position.File.Contains("angebot-"));
    }

    [Fact]
    public void WrittenFiles_LookLikeHandWrittenRecords()
    {
        using var site = new ScratchSite();
        OfferImporter.Import(Fixture, ImportFormat.JsonLines, site.ContentDirectory, new DiagnosticList());

        var course = File.ReadAllText(Path.Combine(site.ContentDirectory, "sprachkurse", "angebot-000000.yaml"));
        var lines = course.Split('\n');
        Assert.Equal("# yaml-language-server: $schema=../../schemas/sprachkurs.schema.json", lines[0]);
        Assert.Equal("name:", lines[1]);
        Assert.StartsWith("  de: ", lines[2]);
        Assert.Contains("beschreibung:\n  de: |\n    ", course);
        Assert.Contains("\n  plz: \"58285\"\n", course);
        Assert.Contains("\ntelefon: \"+49 2302 000000\"\n", course);
        Assert.Contains("\nsprachen: [de, en, tr]\n", course);
        Assert.Contains("\ngeprueft_am: 2026-01-15\nveroeffentlicht: ja\n\nkursart: ", course);
        Assert.Contains("\nkinderbetreuung: ja\n", course);
        Assert.Contains("\nbamf_zugelassen: ja\n", course);
        Assert.DoesNotContain("\r", course);
        Assert.DoesNotContain(" \n", course);
    }

    [Fact]
    public void ImportingAgain_ReplacesTheFiles_WithTheSameBytes()
    {
        using var site = new ScratchSite();
        OfferImporter.Import(Fixture, ImportFormat.JsonLines, site.ContentDirectory, new DiagnosticList());
        var first = SiteSnapshotOf(site.ContentDirectory);

        var again = OfferImporter.Import(Fixture, ImportFormat.JsonLines, site.ContentDirectory, new DiagnosticList());

        Assert.Equal(new ImportResult(50, 0, 50, 0), again);
        Assert.Equal(first, SiteSnapshotOf(site.ContentDirectory));
    }

    private static Dictionary<string, string> SiteSnapshotOf(string folder) =>
        Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText);

    [Fact]
    public void ImportCommand_WritesTheFiles_ValidatesThem_AndSaysWhatItDid()
    {
        using var site = new ScratchSite();
        string[] arguments =
        [
            "import", Fixture, "--content", site.ContentDirectory, "--translations", site.TranslationsDirectory,
            "--templates", RepositoryPaths.Templates, "--today", "2026-11-25",
        ];

        var first = GeneratorProcess.Run(arguments);
        var second = GeneratorProcess.Run(arguments);

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"(?m)^Importiert: 50 Angebote \(50 neu, 0 ersetzt\) nach .+\.$", first.StandardOutput);
        Assert.Matches(@"(?m)^Geprüft: 0 Fehler, \d+ Warnungen\.$", first.StandardOutput);
        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"(?m)^Importiert: 50 Angebote \(0 neu, 50 ersetzt\) nach .+\.$", second.StandardOutput);
        Assert.Equal(50, Directory.GetFiles(site.ContentDirectory, "angebot-*.yaml", SearchOption.AllDirectories).Length);
    }
}
