using System.Text.Json.Nodes;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Yaml;
using Angebotsverzeichnis.Output.FormEditor;
using Angebotsverzeichnis.Tests.Support;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Tests.Output;

/// <summary>
/// The form editor's configuration is made from the record format: an editor must find in the form every field a
/// record may have, every value of every closed list under its German name, and a text box per site language.
/// </summary>
public class FormEditorConfigTests
{
    private static readonly ContentSet Content = LoadContent();

    private static ContentSet LoadContent()
    {
        var diagnostics = new DiagnosticList();
        return ContentLoader.Load(RepositoryPaths.Content, RepositoryPaths.Translations, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
    }

    private static JsonObject Config() =>
        JsonNode.Parse(FormEditorConfig.Write(Content.Settings, Content.Translations[Content.Settings.SourceLanguage]))!.AsObject();

    private static JsonObject CollectionOf(OfferKind kind) =>
        Config()["collections"]!.AsArray().Select(c => c!.AsObject()).Single(c => (string?)c["name"] == kind.Folder);

    public static TheoryData<string> Kinds() => new(OfferKinds.All.Select(k => k.Folder));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryFieldOfTheRecordFormat_IsInTheForm(string folder)
    {
        var kind = OfferKinds.FromFolder(folder)!;
        var collection = CollectionOf(kind);
        Assert.Equal($"content/{folder}", (string?)collection["folder"]);
        var missing = new List<string>();
        Compare(RecordFormat.Fields(kind), collection["fields"]!.AsArray(), "", insideOptionalBlock: false, missing);
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    /// <summary>
    /// Inside a block that may stay empty, the form cannot require a field (Decap would refuse to save the empty
    /// block), so there the field is optional and its help text says when it is needed.
    /// </summary>
    private static void Compare(IReadOnlyList<FieldSpec> specs, JsonArray fields, string prefix, bool insideOptionalBlock, List<string> problems)
    {
        var german = Content.Translations[Content.Settings.SourceLanguage];
        foreach (var spec in specs)
        {
            var path = prefix + spec.Name;
            var field = fields.Select(f => f!.AsObject()).FirstOrDefault(f => (string?)f["name"] == spec.Name);
            if (field is null)
            {
                problems.Add($"{path}: not in the form");
                continue;
            }
            var required = spec.Required && !insideOptionalBlock;
            if ((bool?)field["required"] != required) problems.Add($"{path}: required is {field["required"]}, expected {required}");
            if (!((string?)field["hint"] ?? "").StartsWith(spec.Description, StringComparison.Ordinal)) problems.Add($"{path}: the help text differs from the record format's");
            if (spec.Required && insideOptionalBlock && !((string?)field["hint"])!.Contains("Pflicht, sobald", StringComparison.Ordinal)) problems.Add($"{path}: the help text does not say when the field is needed");
            if (string.IsNullOrWhiteSpace((string?)field["label"])) problems.Add($"{path}: no label");
            var options = field["options"]?.AsArray().Select(o => ((string?)o!["value"], (string?)o["label"])).ToList() ?? [];
            if (spec.List is { } list)
            {
                foreach (var value in Content.Settings.Lists[list])
                {
                    var expectedLabel = german.Find($"{list}.{value}") ?? value;
                    if (!options.Contains((value, expectedLabel))) problems.Add($"{path}: list value {value} (\"{expectedLabel}\") is not an option");
                }
                if (options.Count != Content.Settings.Lists[list].Count) problems.Add($"{path}: {options.Count} options for {Content.Settings.Lists[list].Count} list values");
            }
            switch (spec.Type)
            {
                case FieldType.Town or FieldType.Towns:
                    foreach (var town in Content.Settings.Towns.Where(t => !options.Contains((t.Name, t.Name)))) problems.Add($"{path}: town {town.Name} is not an option");
                    break;
                case FieldType.LanguageCodes:
                    foreach (var code in Angebotsverzeichnis.Validation.IsoLanguageCodes.All.Where(c => options.All(o => o.Item1 != c))) problems.Add($"{path}: language code {code} is not an option");
                    if (!options.Contains(("tr", "Türkisch (tr)"))) problems.Add($"{path}: Turkish is not offered under its German name");
                    break;
                case FieldType.YesNo:
                    var expected = spec.MustBeYes ? new[] { "ja" } : ["ja", "nein"];
                    if (!options.Select(o => o.Item1).SequenceEqual(expected)) problems.Add($"{path}: yes/no options are {string.Join(", ", options.Select(o => o.Item1))}");
                    break;
                case FieldType.Date:
                    if ((string?)field["widget"] != "datetime" || (string?)field["format"] != "YYYY-MM-DD" || (bool?)field["time_format"] != false)
                        problems.Add($"{path}: not a date picker writing JJJJ-MM-TT");
                    break;
                case FieldType.LocalizedText or FieldType.LocalizedMarkdown:
                    var texts = field["fields"]!.AsArray().Where(f => (string?)f!["widget"] != "hidden").ToList();
                    var languages = texts.Select(f => ((string?)f!["name"], (bool?)f["required"])).ToList();
                    var fingerprints = field["fields"]!.AsArray().Where(f => (string?)f!["widget"] == "hidden").Select(f => (string?)f!["name"]).ToList();
                    var wantedFingerprints = Content.Settings.Languages.Where(l => l.Code != Content.Settings.SourceLanguage).Select(l => (string?)(l.Code + "_quelle")).ToList();
                    if (!fingerprints.SequenceEqual(wantedFingerprints)) problems.Add($"{path}: hidden fingerprint fields {string.Join(", ", fingerprints)}");
                    var germanRequired = spec.Required && !insideOptionalBlock;
                    var wanted = Content.Settings.Languages.Select(l => ((string?)l.Code, (bool?)(germanRequired && l.Code == Content.Settings.SourceLanguage))).ToList();
                    if (!languages.SequenceEqual(wanted)) problems.Add($"{path}: languages {string.Join(", ", languages)} instead of one per site language with German required");
                    break;
                case FieldType.Block:
                    Compare(spec.Children, field["fields"]!.AsArray(), path + ".", insideOptionalBlock || !spec.Required, problems);
                    break;
                case FieldType.BlockList:
                    // An item exists only once an editor adds it; then its required fields are required.
                    Compare(spec.Children, field["fields"]!.AsArray(), path + "[].", insideOptionalBlock: false, problems);
                    break;
            }
        }
        var known = specs.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var extra in fields.Select(f => (string)f!["name"]!).Where(n => !known.Contains(n))) problems.Add($"{prefix}{extra}: in the form but not in the record format");
    }

    [Fact]
    public void EveryKeyOfEverySampleRecord_HasAFieldInTheForm()
    {
        var problems = new List<string>();
        var diagnostics = new DiagnosticList();
        foreach (var file in ContentLoader.FindRecordFiles(RepositoryPaths.Content, diagnostics))
        {
            var fields = CollectionOf(file.Kind)["fields"]!.AsArray();
            var tree = YamlFileReader.Read(file.FullPath, file.DisplayPath, diagnostics)!;
            Walk(tree, fields, file.DisplayPath + ":", problems);
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }

    private static void Walk(YamlValue value, JsonArray fields, string path, List<string> problems)
    {
        if (value is not YamlMap map) return;
        foreach (var entry in map.Entries)
        {
            var key = entry.Key.Value;
            var child = entry.Value;
            if (key == "id") continue; // the file name, never written by the form
            var field = fields.Select(f => f!.AsObject()).FirstOrDefault(f => (string?)f["name"] == key);
            if (field is null)
            {
                problems.Add($"{path} {key} has no field in the form");
                continue;
            }
            if (field["fields"] is not JsonArray nested) continue;
            if (child is YamlList list) foreach (var item in list.Items) Walk(item, nested, $"{path} {key}[]", problems);
            else Walk(child, nested, $"{path} {key}.", problems);
        }
    }

    [Fact]
    public void Form_SavesThroughPullRequests_AndNeverDeletes()
    {
        var config = Config();
        Assert.Equal("editorial_workflow", (string?)config["publish_mode"]);
        Assert.Equal("de", (string?)config["locale"]);
        foreach (var collection in config["collections"]!.AsArray())
        {
            Assert.False((bool?)collection!["delete"]);
            Assert.StartsWith("# yaml-language-server: $schema=../../schemas/", (string?)collection["record_modeline"]);
        }
    }

    [Fact]
    public void Form_SavesToTheRepositoryOfTheSettings_SigningInThroughTheirLoginService()
    {
        var settings = Content.Settings with { GitHubRepository = "en-kreis/angebote", FormEditorLogin = new Uri("https://anmeldung.en-kreis.de/auth") };
        var backend = JsonNode.Parse(FormEditorConfig.Write(settings, Content.Translations[settings.SourceLanguage]))!["backend"]!;
        Assert.Equal("github", (string?)backend["name"]);
        Assert.Equal("en-kreis/angebote", (string?)backend["repo"]);
        Assert.Equal("https://anmeldung.en-kreis.de", (string?)backend["base_url"]);
        Assert.Equal("auth", (string?)backend["auth_endpoint"]);
    }
}
