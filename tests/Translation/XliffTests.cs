using System.Diagnostics;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Tests.Browser;
using Angebotsverzeichnis.Tests.Support;
using Angebotsverzeichnis.Translation;

namespace Angebotsverzeichnis.Tests.Translation;

/// <summary>
/// The translators' round trip: export what Persian lacks as XLIFF 1.2, fill it in as a translation tool would,
/// import it, build; the pages show the new texts and a second export is empty. The file is valid against the
/// official OASIS schema and reads the same in an independent implementation (the Translate Toolkit).
/// </summary>
public sealed class XliffTests : IDisposable
{
    /// <summary>The official XLIFF 1.2 schema as Debian ships it (package php-symfony-translation, installed by .ci/run).</summary>
    private const string SchemaFolder = "/usr/share/php/Symfony/Component/Translation/Resources/schemas";
    private const string SystemPython = "/usr/bin/python3";

    private readonly TemporaryDirectory _directory = new();
    private readonly string _content;
    private readonly string _translations;

    public XliffTests()
    {
        _content = _directory.CopyFolder(RepositoryPaths.Content, "content");
        _translations = _directory.CopyFolder(RepositoryPaths.Translations, "translations");
    }

    public void Dispose() => _directory.Dispose();

    private ContentSet Load()
    {
        var diagnostics = new DiagnosticList();
        return ContentLoader.Load(_content, _translations, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
    }

    private string Export(string language)
    {
        var content = Load();
        var path = _directory.Combine($"{language}-{Guid.NewGuid():N}.xlf");
        File.WriteAllText(path, XliffFile.Write(TranslationUnits.Open(content, language), "de", language));
        return path;
    }

    /// <summary>As a translation tool returns the file: a target after every source.</summary>
    private static string Fill(string path, Func<string, string, string> translate)
    {
        var document = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        foreach (var unit in document.Descendants(XliffFile.Ns + "trans-unit"))
        {
            unit.Element(XliffFile.Ns + "target")?.Remove();
            var source = unit.Element(XliffFile.Ns + "source")!;
            source.AddAfterSelf(new XElement(XliffFile.Ns + "target", translate((string)unit.Attribute("id")!, source.Value)));
        }
        var filled = path.Replace(".xlf", "-uebersetzt.xlf", StringComparison.Ordinal);
        document.Save(filled);
        return filled;
    }

    [Fact]
    public void ExportFillImportBuild_ShowsTheNewTexts_AndASecondExportIsEmpty()
    {
        var exported = Export("fa");
        var units = XliffFile.Read(exported).Units;
        Assert.Contains(units, u => u.Id == "organisationen/islamische-gemeinde-gevelsberg/name");
        var before = Snapshot();

        var outcome = TranslationImporter.Import(Fill(exported, (id, source) => $"[fa] {source}"), Load(), _translations);
        Assert.Empty(outcome.Refused);
        Assert.Equal(units.Count, outcome.Written);

        // Every line of every file is still there, in its order; only Persian texts and their fingerprints were added.
        foreach (var (file, lines) in Snapshot())
        {
            var inserted = Inserted(before[file], lines);
            Assert.True(inserted is not null, $"{file}: a line that was there before is gone or changed");
            Assert.All(inserted!, line => Assert.Matches(@"^  fa(_quelle)?: |^    \S|^$", line));
        }
        var record = File.ReadAllText(Path.Combine(_content, "organisationen", "islamische-gemeinde-gevelsberg.yaml"));
        Assert.Contains("  fa: \"[fa] Islamische Gemeinde Gevelsberg\"\n", record);
        Assert.Contains($"  fa_quelle: {SourceFingerprint.Of("Islamische Gemeinde Gevelsberg")}\n", record);

        Assert.Empty(XliffFile.Read(Export("fa")).Units);
        var output = _directory.Combine("_site");
        var build = BuildPipeline.Build(new BuildOptions
        {
            ContentDirectory = _content, TranslationsDirectory = _translations, TemplatesDirectory = RepositoryPaths.Templates,
            OutputDirectory = output, Today = ScratchSite.Today,
        });
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics.Sorted()));
        var page = OutputFiles.Parse(Path.Combine(output, "fa", "organisationen", "islamische-gemeinde-gevelsberg.html"));
        Assert.Equal("[fa] Islamische Gemeinde Gevelsberg", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Contains("[fa] Die Moscheegemeinde ist offen", page.QuerySelector("main .offer-description")!.TextContent);
        Assert.Null(page.QuerySelector("main .offer-description .fallback"));
    }

    /// <summary>The lines of <paramref name="after"/> that are not those of <paramref name="before"/> in their order; null when one of those is missing.</summary>
    private static List<string>? Inserted(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var inserted = new List<string>();
        var i = 0;
        foreach (var line in after)
        {
            if (i < before.Count && line == before[i]) i++;
            else inserted.Add(line);
        }
        return i == before.Count ? inserted : null;
    }

    private Dictionary<string, string[]> Snapshot() =>
        Directory.EnumerateFiles(_directory.Path, "*.yaml", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => File.ReadAllText(f).Split('\n'));

    [Fact]
    public void AUnitWhoseGermanTextChangedSinceTheExport_IsRefused_WithItsIdAndReason_AndTheOthersAreWritten()
    {
        var exported = Export("uk");
        var filled = Fill(exported, (id, source) => $"[uk] {source}");
        var path = Path.Combine(_content, "organisationen", "islamische-gemeinde-gevelsberg.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("  de: Islamische Gemeinde Gevelsberg\n", "  de: Islamische Gemeinde Gevelsberg e. V.\n", StringComparison.Ordinal));

        var outcome = TranslationImporter.Import(filled, Load(), _translations);

        var refusal = Assert.Single(outcome.Refused);
        Assert.Equal("organisationen/islamische-gemeinde-gevelsberg/name", refusal.Unit);
        Assert.Contains("seit dem Export geändert", refusal.Reason);
        Assert.True(refusal.Line > 1);
        Assert.DoesNotContain("[uk] Islamische Gemeinde Gevelsberg\"", File.ReadAllText(path));
        Assert.Contains("[uk] Die Moscheegemeinde", File.ReadAllText(path));
        Assert.Equal(XliffFile.Read(exported).Units.Count - 1, outcome.Written);
    }

    [Fact]
    public void AStaleTranslation_IsExportedWithItsCurrentTextToReview()
    {
        var path = Path.Combine(_content, "organisationen", "islamische-gemeinde-gevelsberg.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("  de: Islamische Gemeinde Gevelsberg\n", "  de: Islamische Gemeinde Gevelsberg e. V.\n", StringComparison.Ordinal));
        var document = XDocument.Load(Export("tr"));
        var unit = document.Descendants(XliffFile.Ns + "trans-unit").Single(u => (string?)u.Attribute("id") == "organisationen/islamische-gemeinde-gevelsberg/name");
        Assert.Equal("Islamische Gemeinde Gevelsberg e. V.", unit.Element(XliffFile.Ns + "source")!.Value);
        var target = unit.Element(XliffFile.Ns + "target")!;
        Assert.Equal("Gevelsberg İslam Cemiyeti", target.Value);
        Assert.Equal("needs-review-translation", (string?)target.Attribute("state"));
        Assert.Contains("geändert", unit.Element(XliffFile.Ns + "note")!.Value);
    }

    [SkippableFact]
    public void ExportedFile_IsValidAgainstTheOfficialXliff12Schema()
    {
        BrowserRequirement.Require(File.Exists(Path.Combine(SchemaFolder, "xliff-core-1.2-strict.xsd")), "the OASIS XLIFF 1.2 schema",
            "install the Debian package php-symfony-translation or run .ci/run");
        var schemas = new XmlSchemaSet { XmlResolver = new LocalSchemas() };
        schemas.Add("urn:oasis:names:tc:xliff:document:1.2", Path.Combine(SchemaFolder, "xliff-core-1.2-strict.xsd"));
        schemas.Compile();
        var errors = new List<string>();
        foreach (var language in new[] { "fa", "ar", "uk" }) errors.AddRange(Validate(Export(language), schemas));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));

        // The check itself can fail: a unit without its source is refused by the schema.
        var broken = Export("fa");
        File.WriteAllText(broken, File.ReadAllText(broken).Replace("<source>Online-Lerntreff Deutsch am Abend</source>", "", StringComparison.Ordinal));
        Assert.NotEmpty(Validate(broken, schemas));
    }

    private static List<string> Validate(string path, XmlSchemaSet schemas)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{Path.GetFileName(path)}:{e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(path, settings);
        while (reader.Read()) { }
        return errors;
    }

    /// <summary>The schema imports xml.xsd from the W3C's address; Debian ships it beside the schema.</summary>
    private sealed class LocalSchemas : XmlUrlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            absoluteUri.AbsoluteUri == "http://www.w3.org/2001/xml.xsd"
                ? File.OpenRead(Path.Combine(SchemaFolder, "xml.xsd"))
                : absoluteUri.IsFile ? base.GetEntity(absoluteUri, role, ofObjectToReturn) : throw new XmlException($"no network: {absoluteUri}");
    }

    [SkippableFact]
    public void TheTranslateToolkit_ReadsTheSameUnits_SourcesAndTargets()
    {
        var available = File.Exists(SystemPython) && Run(SystemPython, "-c", "import translate.storage.xliff").ExitCode == 0;
        BrowserRequirement.Require(available, "the Translate Toolkit (python3-translate)", "install the Debian package translate-toolkit or run .ci/run");
        var filled = Fill(Export("ar"), (id, source) => $"ع {source}");
        var ours = XliffFile.Read(filled).Units.Select(u => new[] { u.Id, u.Target ?? "" }).ToList();
        var sources = XDocument.Load(filled).Descendants(XliffFile.Ns + "trans-unit").Select(u => u.Element(XliffFile.Ns + "source")!.Value).ToList();

        var script = """
            import json, sys
            from translate.storage import xliff
            store = xliff.xlifffile.parsefile(sys.argv[1])
            units = [u for u in store.units if not u.isheader()]
            print(json.dumps([[u.xmlelement.get("id"), u.source, u.target] for u in units], ensure_ascii=False))
            """;
        var result = Run(SystemPython, "-c", script, filled);
        Assert.True(result.ExitCode == 0, result.Error);
        var theirs = JsonSerializer.Deserialize<string[][]>(result.Output)!;
        Assert.Equal(ours.Count, theirs.Length);
        Assert.True(ours.Count > 50);
        for (var i = 0; i < theirs.Length; i++)
        {
            Assert.Equal(ours[i][0], theirs[i][0]);
            Assert.Equal(sources[i], theirs[i][1]);
            Assert.Equal(ours[i][1], theirs[i][2]);
        }
    }

    private static (int ExitCode, string Output, string Error) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
