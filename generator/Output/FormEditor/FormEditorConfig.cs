using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Validation;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Output.FormEditor;

/// <summary>
/// The form editor's configuration (Decap CMS, admin/config.json), made from <see cref="RecordFormat"/> and the
/// settings like the JSON Schemas: one collection per kind, every field with its German label and help text,
/// closed lists with their German names, text fields per site language with German required.
/// Keys starting with "record_" are read by admin/record-files.js, not by Decap: how a saved file is written.
/// </summary>
public static class FormEditorConfig
{
    public const string LocalBackendUrl = "http://localhost:8081/api/v1";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(SiteSettings settings, TranslationTable german)
    {
        var config = new JsonObject
        {
            ["locale"] = "de",
            ["backend"] = Backend(settings),
            // Changes become pull requests, reviewed like any other (see the editors' guide).
            ["publish_mode"] = "editorial_workflow",
            // On localhost, with decap-server running in the repository, the form writes straight into content/.
            ["local_backend"] = new JsonObject { ["url"] = LocalBackendUrl },
            ["site_url"] = settings.BaseUrl.ToString(),
            ["display_url"] = settings.BaseUrl.ToString(),
            ["media_folder"] = $"{ContentFolder(settings)}/{AccessibilityStatement.MediaFolder}",
            ["slug"] = new JsonObject { ["encoding"] = "ascii", ["clean_accents"] = true },
            ["collections"] = new JsonArray(OfferKinds.All.Select(kind => (JsonNode)Collection(kind, settings, german)).ToArray()),
        };
        return config.ToJsonString(Json) + "\n";
    }

    private static JsonObject Backend(SiteSettings settings)
    {
        var backend = new JsonObject { ["name"] = "github", ["branch"] = "main" };
        // Without a repository in the settings the form works only locally, against decap-server.
        if (settings.GitHubRepository is not null) backend["repo"] = settings.GitHubRepository;
        if (settings.FormEditorLogin is { } login)
        {
            backend["base_url"] = login.GetLeftPart(UriPartial.Authority);
            var endpoint = login.AbsolutePath.Trim('/');
            if (endpoint.Length > 0) backend["auth_endpoint"] = endpoint;
        }
        return backend;
    }

    private static JsonObject Collection(OfferKind kind, SiteSettings settings, TranslationTable german)
    {
        var folder = kind.Folder;
        var source = settings.SourceLanguage;
        var fields = new JsonArray();
        // The order of a hand-written record: common fields, then those of the kind, then the internal notes.
        var common = RecordFormat.Common.Where(f => f.Name != InternalField).ToList();
        foreach (var field in common) fields.Add(Field(field, settings, german));
        var first = true;
        foreach (var field in RecordFormat.Specific(kind))
        {
            var node = Field(field, settings, german);
            if (first) node["record_blank_line_before"] = true;
            first = false;
            fields.Add(node);
        }
        foreach (var field in RecordFormat.Common.Where(f => f.Name == InternalField))
        {
            var node = Field(field, settings, german);
            node["record_blank_line_before"] = true;
            fields.Add(node);
        }
        return new JsonObject
        {
            ["name"] = folder,
            ["label"] = german.Find($"kind.{folder}.title") ?? folder,
            ["label_singular"] = german.Find($"kind.{folder}.singular") ?? folder,
            ["folder"] = $"{ContentFolder(settings)}/{folder}",
            ["extension"] = "yaml",
            ["format"] = FormatName(kind),
            ["create"] = true,
            // Deleting would bypass the pull request; an editor unpublishes instead (veroeffentlicht: nein).
            ["delete"] = false,
            ["identifier_field"] = $"name.{source}",
            // record-files.js makes the id from the German name and the town, as editors name files by hand.
            ["slug"] = "{{fields.__record_id}}",
            ["summary"] = $"{{{{name.{source}}}}} – {{{{ort}}}}",
            ["sortable_fields"] = new JsonArray($"name.{source}", "ort", "geprueft_am"),
            // The site's pages are made by the build; a preview beside the form would show something else.
            ["editor"] = new JsonObject { ["preview"] = false },
            ["record_modeline"] = RecordSchemas.ModelineFor(kind),
            ["fields"] = fields,
        };
    }

    private const string InternalField = "intern";

    /// <summary>The content folder as the repository names it (paths in the form editor are relative to the repository).</summary>
    private static string ContentFolder(SiteSettings settings) =>
        Path.GetFileName(Path.TrimEndingDirectorySeparator(settings.ContentDirectory));

    public static string FormatName(OfferKind kind) => $"record-{kind.Folder}";

    /// <summary>
    /// One field. Decap checks the required fields inside a block even when the block is left empty, so inside an
    /// optional block (coordinates, a text in several languages) they are optional in the form and the help text
    /// says when they are needed; validate checks them on every pull request.
    /// </summary>
    private static JsonObject Field(FieldSpec field, SiteSettings settings, TranslationTable german, FieldSpec? optionalParent = null)
    {
        var node = new JsonObject
        {
            ["name"] = field.Name,
            ["label"] = field.Label,
            ["hint"] = field.Required && optionalParent is not null
                ? $"{field.Description} Pflicht, sobald „{optionalParent.Label}“ ausgefüllt ist."
                : field.Description,
            ["required"] = field.Required && optionalParent is null,
        };
        foreach (var (key, value) in Widget(field, settings, german, optionalParent)) node[key] = value?.DeepClone();
        return node;
    }

    private static JsonObject Widget(FieldSpec field, SiteSettings settings, TranslationTable german, FieldSpec? optionalParent)
    {
        var parentOfChildren = field.Required ? optionalParent : field;
        return field.Type switch
        {
            FieldType.Text => new JsonObject { ["widget"] = "string" },
            FieldType.LocalizedText => Localized(settings, "string", parentOfChildren),
            // A plain text area: Decap's Markdown editor would rewrite the Markdown an editor typed.
            FieldType.LocalizedMarkdown => Localized(settings, "text", parentOfChildren),
            FieldType.YesNo => Select(field.MustBeYes ? [("ja", "ja")] : [("ja", "ja"), ("nein", "nein")], multiple: false),
            FieldType.Date => Date(field.Required),
            FieldType.Time => Text(@"^([01][0-9]|2[0-3]):[0-5][0-9]$", "Uhrzeit als SS:MM, zum Beispiel 09:30.", quoted: true),
            FieldType.Number => new JsonObject { ["widget"] = "number", ["value_type"] = "float", ["step"] = 0.0001 },
            FieldType.Town => Select(settings.Towns.Select(t => (t.Name, t.Name)), multiple: false),
            FieldType.Towns => Select(settings.Towns.Select(t => (t.Name, t.Name)), multiple: true),
            FieldType.LanguageCodes => Select(LanguageOptions(german), multiple: true),
            FieldType.ListValue => Select(ListOptions(field, settings, german), multiple: false),
            FieldType.ListValues => Select(ListOptions(field, settings, german), multiple: true),
            FieldType.Phone => Text(ContactFormats.PhonePatternText, "Telefonnummer wie +49 2302 123456.", quoted: true),
            FieldType.Email => Text(ContactFormats.EmailPatternText, "E-Mail-Adresse wie info@traeger.de.", quoted: false),
            FieldType.Website => Text(@"^[hH][tT][tT][pP][sS]?://[^\s/?#]+[^\s]*$", "Adresse mit https:// am Anfang.", quoted: false),
            FieldType.Postcode => Text(ContactFormats.PostcodePatternText, "Fünfstellige Postleitzahl.", quoted: true),
            FieldType.RecordId => new JsonObject
            {
                ["widget"] = "relation",
                ["collection"] = OfferKinds.All.First(k => k.ProvidesOrganisations).Folder,
                ["value_field"] = "{{slug}}",
                ["search_fields"] = new JsonArray($"name.{settings.SourceLanguage}"),
                ["display_fields"] = new JsonArray($"name.{settings.SourceLanguage}"),
            },
            FieldType.Block => new JsonObject
            {
                ["widget"] = "object",
                ["collapsed"] = !field.Required,
                ["fields"] = new JsonArray(field.Children.Select(c => (JsonNode)Field(c, settings, german, parentOfChildren)).ToArray()),
            },
            // An item of a list exists only when an editor adds it, so its required fields stay required.
            FieldType.BlockList => new JsonObject
            {
                ["widget"] = "list",
                ["fields"] = new JsonArray(field.Children.Select(c => (JsonNode)Field(c, settings, german)).ToArray()),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, null),
        };
    }

    private static JsonObject Date(bool required)
    {
        var node = new JsonObject
        {
            ["widget"] = "datetime",
            ["format"] = "YYYY-MM-DD",
            ["date_format"] = "DD.MM.YYYY",
            ["time_format"] = false,
            ["picker_utc"] = true,
        };
        // A new record's review date is today; other dates start empty.
        node["default"] = required ? "{{now}}" : "";
        return node;
    }

    private static JsonObject Localized(SiteSettings settings, string widget, FieldSpec? optionalParent)
    {
        var fields = new JsonArray();
        foreach (var language in settings.Languages)
        {
            var isSource = language.Code == settings.SourceLanguage;
            var node = new JsonObject
            {
                ["name"] = language.Code,
                ["label"] = language.Name,
                ["widget"] = widget,
                ["required"] = isSource && optionalParent is null,
            };
            if (isSource && optionalParent is not null) node["hint"] = $"Pflicht, sobald „{optionalParent.Label}“ in einer Sprache ausgefüllt ist.";
            fields.Add(node);
            if (isSource) continue;
            // Not shown: record-files.js sets it when a translation is typed, to the fingerprint of the German text beside it.
            fields.Add(new JsonObject
            {
                ["name"] = SourceFingerprint.KeyFor(language.Code),
                ["label"] = $"Quelle der Übersetzung ({language.Name})",
                ["widget"] = "hidden",
                ["required"] = false,
                ["record_fingerprint_of"] = language.Code,
            });
        }
        return new JsonObject { ["widget"] = "object", ["collapsed"] = false, ["fields"] = fields };
    }

    private static JsonObject Text(string pattern, string message, bool quoted)
    {
        var node = new JsonObject { ["widget"] = "string", ["pattern"] = new JsonArray(pattern, message) };
        // As in hand-written records: quoted, so YAML never reads "09:30" or "58452" as a number.
        if (quoted) node["record_quoted"] = true;
        return node;
    }

    private static JsonObject Select(IEnumerable<(string Label, string Value)> options, bool multiple) => new()
    {
        ["widget"] = "select",
        ["multiple"] = multiple,
        ["options"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject { ["label"] = o.Label, ["value"] = o.Value }).ToArray()),
    };

    private static IEnumerable<(string, string)> ListOptions(FieldSpec field, SiteSettings settings, TranslationTable german) =>
        settings.Lists[field.List!].Select(value => (german.Find($"{field.List}.{value}") ?? value, value));

    /// <summary>The languages with a German name first (as the site lists them), then every other ISO code.</summary>
    private static IEnumerable<(string, string)> LanguageOptions(TranslationTable german)
    {
        var named = IsoLanguageCodes.All
            .Select(code => (Code: code, Name: german.Find($"sprachnamen.{code}")))
            .Where(l => l.Name is not null)
            .OrderBy(l => l.Name, StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, ignoreCase: true))
            .Select(l => ($"{l.Name} ({l.Code})", l.Code));
        var others = IsoLanguageCodes.All.Where(code => german.Find($"sprachnamen.{code}") is null).Select(code => (code, code));
        return named.Concat(others);
    }
}
