using System.Collections.Concurrent;
using System.Text.Json;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Tests.Support;
using Json.Schema;
using SchemaBuildOptions = Json.Schema.BuildOptions;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Tests.Validation;

/// <summary>
/// The JSON Schemas in schemas/ (what VS Code marks while an editor types) and the validator (what the build refuses)
/// must give the same verdict on the same record. The corpus in tests/fixtures/schema-corpus/&lt;kind folder&gt;/good and
/// …/bad holds small records; each bad file has exactly one mistake and is otherwise valid, its file name says which.
///
/// Only rules that both sides can express are in the corpus. Checked by the validator only, and so not in the corpus:
///   - references to other records (traeger.organisation must name a file in content/organisationen);
///   - traeger with both "organisation" and "name";
///   - order of values: beginn before ende, niveau_von not above niveau_bis, zeiten "von" before "bis";
///   - geprueft_am not in the future (and the warning when it is older than twelve months);
///   - Markdown in beschreibung: raw HTML, images, links other than https/http/mailto/tel;
///   - a postcode that does not belong to "ort" (a warning only), coordinates outside the district (a warning only);
///   - duplicate values in a list (a warning only);
///   - the record id: file name as a slug, reserved names, an "id:" line that differs from the file name, duplicate ids;
///   - control characters, bytes that are not UTF-8, oversized files, anchors and aliases, duplicate keys,
///     several YAML documents in one file, nesting too deep.
/// </summary>
public class SchemaAgreementTests
{
    private enum Side { Schema, Validator }

    /// <summary>
    /// Cases where the two sides are known to disagree, with the side that gives the wrong verdict. The folder of the
    /// case holds the verdict we consider right. When a gap is closed, this test fails until the entry is removed.
    /// </summary>
    private static readonly Dictionary<string, (Side Wrong, string Why)> KnownGaps = new(StringComparer.Ordinal)
    {
        // KNOWN GAPS — to be fixed in generator/Loading/Format/RecordSchemas.cs or in the reader/validator, not here.

        ["organisationen/good/town-quoted-with-trailing-space.yaml"] = (Side.Schema,
            "the reader trims quoted values (\"Witten \"), the schema's enum and patterns compare them untrimmed"),
    };

    private static string CorpusDirectory => Path.Combine(RepositoryPaths.Fixtures, "schema-corpus");

    private static readonly ConcurrentDictionary<OfferKind, JsonSchema> Schemas = new();

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(CorpusDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(CorpusDirectory, file).Replace('\\', '/'));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void SchemaAndValidator_GiveTheVerdictOfTheFolder(string corpusFile)
    {
        var (kind, expectValid, id) = Describe(corpusFile);
        var yaml = File.ReadAllText(Path.Combine(CorpusDirectory, corpusFile));

        var diagnostics = ValidatorDiagnostics(kind, id, yaml);
        // Only what the validator says about this record counts; the rest of the scratch site (settings, translations,
        // templates) is checked once by ScratchSiteWithoutRecords_HasNoErrors.
        var recordFile = $"{kind.Folder}/{id}.yaml";
        var aboutRecord = diagnostics.Where(d => d.Position.File.EndsWith("/" + recordFile, StringComparison.Ordinal)).ToList();
        var validatorValid = aboutRecord.All(d => d.Severity != Severity.Error);
        var schemaErrors = SchemaErrors(kind, yaml);
        var schemaValid = schemaErrors.Count == 0;

        var report = $"""
            {corpusFile} (expected: {(expectValid ? "valid" : "invalid")})
              validator says {(validatorValid ? "valid" : "invalid")}:
            {Lines(aboutRecord.Select(d => d.Format(MessageLanguage.English)))}
              schema {RecordSchemas.FileName(kind)} says {(schemaValid ? "valid" : "invalid")}:
            {Lines(schemaErrors)}
            """;

        if (KnownGaps.TryGetValue(corpusFile, out var gap))
        {
            var expectedValidator = gap.Wrong == Side.Validator ? !expectValid : expectValid;
            var expectedSchema = gap.Wrong == Side.Schema ? !expectValid : expectValid;
            Assert.True(validatorValid == expectedValidator && schemaValid == expectedSchema,
                $"Known gap ({gap.Wrong} wrong: {gap.Why}) no longer behaves as recorded. If it was fixed, remove it from KnownGaps.\n{report}");
            return;
        }
        Assert.True(validatorValid == expectValid && schemaValid == expectValid, "Schema and validator disagree with the corpus.\n" + report);
    }

    [Fact]
    public void ScratchSiteWithoutRecords_HasNoErrors()
    {
        using var site = new ScratchSite();
        var diagnostics = new DiagnosticList();
        BuildPipeline.Check(site.Options, diagnostics);
        var errors = diagnostics.Sorted().Where(d => d.Severity == Severity.Error).Select(d => d.Format(MessageLanguage.English)).ToList();
        Assert.True(errors.Count == 0, "The scratch site the corpus is checked in has errors of its own:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void Corpus_HasGoodAndBadCasesForEveryKind()
    {
        foreach (var kind in OfferKinds.All)
        {
            var folder = Path.Combine(CorpusDirectory, kind.Folder);
            Assert.True(Directory.EnumerateFiles(Path.Combine(folder, "good"), "*.yaml").Count() >= 6, $"fewer than 6 good cases in {folder}");
            Assert.True(Directory.EnumerateFiles(Path.Combine(folder, "bad"), "*.yaml").Count() >= 12, $"fewer than 12 bad cases in {folder}");
        }
        foreach (var file in Directory.EnumerateFiles(CorpusDirectory, "*", SearchOption.AllDirectories)) Describe(Path.GetRelativePath(CorpusDirectory, file).Replace('\\', '/'));
        foreach (var gap in KnownGaps.Keys) Assert.True(File.Exists(Path.Combine(CorpusDirectory, gap)), $"known gap {gap} has no corpus file");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void CommittedSchema_IsUpToDate(string folder)
    {
        var kind = OfferKinds.FromFolder(folder)!;
        var diagnostics = new DiagnosticList();
        var settings = SiteSettingsReader.Read(RepositoryPaths.Content, diagnostics);
        Assert.True(settings is not null, string.Join("\n", diagnostics.Sorted()));

        var path = Path.Combine(RepositoryPaths.Root, RecordSchemas.Folder, RecordSchemas.FileName(kind));
        var expected = RecordSchemas.Write(kind, settings);
        var committed = File.Exists(path) ? File.ReadAllText(path) : "";
        Assert.True(expected == committed,
            $"{RecordSchemas.Folder}/{RecordSchemas.FileName(kind)} is out of date with the record format and content/site.yaml. " +
            "Run `dotnet run --project generator -- schemas` and commit the result.");
    }

    [Fact]
    public void EveryRecordFile_StartsWithTheModelineOfItsKind()
    {
        var wrong = new List<string>();
        foreach (var kind in OfferKinds.All)
        {
            var folder = Path.Combine(RepositoryPaths.Content, kind.Folder);
            if (!Directory.Exists(folder)) continue;
            var modeline = RecordSchemas.ModelineFor(kind);
            foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                var first = File.ReadLines(file).FirstOrDefault()?.TrimStart('\uFEFF').TrimEnd('\r');
                if (first != modeline) wrong.Add($"content/{kind.Folder}/{Path.GetFileName(file)}: \"{first}\"");
            }
        }
        Assert.True(wrong.Count == 0, $"These record files do not start with their schema line:\n  {string.Join("\n  ", wrong)}");
    }

    [Fact]
    public void YamlToJson_ResolvesScalarsByTheYaml12CoreSchema()
    {
        var json = YamlToJson.Convert("""
            a: true
            b: False
            c:
            d: ~
            e: NULL
            f: 58452
            g: "58452"
            h: 51.4370
            i: 2026-09-15
            j: 09:30
            k: ja
            l: 'true'
            m: [de, 1]
            n:
              x: |
                text
            o: 0x1F
            """)!.ToJsonString();

        Assert.Equal("""{"a":true,"b":false,"c":null,"d":null,"e":null,"f":58452,"g":"58452","h":51.437,"i":"2026-09-15","j":"09:30","k":"ja","l":"true","m":["de",1],"n":{"x":"text\n"},"o":31}""", json);
    }

    public static TheoryData<string> Kinds() => new(OfferKinds.All.Select(k => k.Folder));

    private static (OfferKind Kind, bool ExpectValid, string Id) Describe(string corpusFile)
    {
        var parts = corpusFile.Split('/');
        Assert.True(parts.Length == 3 && parts[2].EndsWith(".yaml", StringComparison.Ordinal),
            $"{corpusFile}: corpus files live at <kind folder>/good/<case>.yaml or <kind folder>/bad/<case>.yaml");
        var kind = OfferKinds.FromFolder(parts[0]);
        Assert.True(kind is not null, $"{corpusFile}: \"{parts[0]}\" is not a kind folder");
        Assert.True(parts[1] is "good" or "bad", $"{corpusFile}: \"{parts[1]}\" must be good or bad");
        return (kind, parts[1] == "good", Path.GetFileNameWithoutExtension(parts[2]));
    }

    private static IReadOnlyList<Diagnostic> ValidatorDiagnostics(OfferKind kind, string id, string yaml)
    {
        using var site = new ScratchSite();
        site.WriteRecord(kind.Folder, id, yaml);
        var diagnostics = new DiagnosticList();
        BuildPipeline.Check(site.Options, diagnostics);
        return diagnostics.Sorted();
    }

    private static IReadOnlyList<string> SchemaErrors(OfferKind kind, string yaml)
    {
        var schema = Schemas.GetOrAdd(kind, k =>
        {
            var path = Path.Combine(RepositoryPaths.Root, RecordSchemas.Folder, RecordSchemas.FileName(k));
            // A registry of its own, so that building the same $id again (another test run in this process) is no conflict.
            return JsonSchema.FromText(File.ReadAllText(path), new SchemaBuildOptions { SchemaRegistry = new SchemaRegistry() });
        });
        var instance = JsonSerializer.SerializeToElement(YamlToJson.Convert(yaml));
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid) return [];
        // The list holds every unit, also the failed branches of an anyOf that passed as a whole; a message only counts
        // when no enclosing unit passed.
        var units = (IEnumerable<EvaluationResults>)[results, .. results.Details ?? []];
        var passed = units.Where(u => u.IsValid).Select(u => u.EvaluationPath.ToString() + "/").ToList();
        var errors = new List<string>();
        foreach (var unit in units)
        {
            if (unit.Errors is null || unit.IsValid) continue;
            var path = unit.EvaluationPath.ToString();
            if (passed.Any(p => path.StartsWith(p, StringComparison.Ordinal))) continue;
            foreach (var (keyword, message) in unit.Errors) errors.Add($"{unit.InstanceLocation} ({path}) {keyword}: {message}");
        }
        return errors.Count > 0 ? errors : ["invalid (no error messages)"];
    }

    private static string Lines(IEnumerable<string> lines)
    {
        var list = lines.ToList();
        return list.Count == 0 ? "    (nothing)" : string.Join("\n", list.Select(l => "    " + l));
    }
}
