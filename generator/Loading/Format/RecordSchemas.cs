using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Validation;

namespace Angebotsverzeichnis.Loading.Format;

/// <summary>
/// JSON Schemas for the record files of each kind, made from <see cref="RecordFormat"/> and the settings' lists,
/// so an editor's VS Code (yaml-language-server) offers completion and marks mistakes while typing.
/// What a schema cannot express (references, date order, Markdown rules) stays with the validator.
/// </summary>
public static class RecordSchemas
{
    public const string Folder = "schemas";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string FileName(OfferKind kind) => $"{OfferKinds.SchemaName(kind)}.schema.json";

    /// <summary>The comment that makes VS Code use the schema; the first line of every record file.</summary>
    public static string ModelineFor(OfferKind kind) => $"# yaml-language-server: $schema=../../{Folder}/{FileName(kind)}";

    public static string Write(OfferKind kind, SiteSettings settings)
    {
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"{settings.BaseUrl}{Folder}/{FileName(kind)}",
            ["title"] = $"Angebotsverzeichnis: Datensatz in content/{OfferKinds.Folder(kind)}",
        };
        foreach (var (key, value) in Block(RecordFormat.Fields(kind), settings)) schema[key] = value?.DeepClone();
        return schema.ToJsonString(Json) + "\n";
    }

    private static JsonObject Block(IReadOnlyList<FieldSpec> fields, SiteSettings settings)
    {
        var properties = new JsonObject();
        foreach (var field in fields) properties[field.Name] = Field(field, settings);
        var block = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
        var required = fields.Where(f => f.Required).Select(f => (JsonNode)f.Name).ToArray();
        if (required.Length > 0) block["required"] = new JsonArray(required);
        return block;
    }

    private static JsonObject Field(FieldSpec field, SiteSettings settings)
    {
        var value = Value(field, settings);
        value["description"] = field.Description;
        if (field.Required) return value;
        // An empty field ("telefon:") counts as absent.
        return new JsonObject { ["description"] = field.Description, ["anyOf"] = new JsonArray(value, new JsonObject { ["type"] = "null" }) };
    }

    private static JsonObject Value(FieldSpec field, SiteSettings settings) => field.Type switch
    {
        FieldType.Text => NonEmptyString(),
        FieldType.LocalizedText or FieldType.LocalizedMarkdown => Localized(settings),
        FieldType.YesNo when field.MustBeYes => Enum(["ja", "true"], allowBoolean: true, onlyTrue: true),
        FieldType.YesNo => Enum(["ja", "nein", "true", "false"], allowBoolean: true),
        FieldType.Date => new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
        FieldType.Time => new JsonObject { ["type"] = "string", ["pattern"] = "^([01][0-9]|2[0-3]):[0-5][0-9]$" },
        FieldType.Number => new JsonObject { ["type"] = "number" },
        FieldType.Town => Enum(settings.Towns.Select(t => t.Name)),
        FieldType.Towns => OneOrMany(Enum(settings.Towns.Select(t => t.Name))),
        FieldType.LanguageCodes => OneOrMany(Enum(IsoLanguageCodes.All)),
        FieldType.ListValue => Enum(settings.Lists[field.List!]),
        FieldType.ListValues => OneOrMany(Enum(settings.Lists[field.List!])),
        FieldType.Phone => Pattern(ContactFormats.PhonePatternText),
        FieldType.Email => Pattern(ContactFormats.EmailPatternText),
        FieldType.Website => Pattern(@"^[hH][tT][tT][pP][sS]?://[^\s/?#]+[^\s]*$"),
        FieldType.Postcode => Pattern(ContactFormats.PostcodePatternText),
        FieldType.RecordId => Pattern(ContactFormats.SlugPatternText),
        FieldType.Block => Block(field.Children, settings),
        FieldType.BlockList => new JsonObject { ["type"] = "array", ["items"] = Block(field.Children, settings) },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, null),
    };

    private static JsonObject Localized(SiteSettings settings)
    {
        var properties = new JsonObject();
        foreach (var language in settings.Languages)
        {
            var text = new JsonObject { ["type"] = "string", ["description"] = $"Text auf {language.Name}" };
            if (language.Code == settings.SourceLanguage) text["pattern"] = "\\S";
            properties[language.Code] = text;
        }
        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray((JsonNode)settings.SourceLanguage),
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject NonEmptyString() => new() { ["type"] = "string", ["pattern"] = "\\S" };

    private static JsonObject Pattern(string pattern) => new() { ["type"] = "string", ["pattern"] = pattern };

    private static JsonObject Enum(IEnumerable<string> values, bool allowBoolean = false, bool onlyTrue = false)
    {
        var strings = new JsonObject { ["enum"] = new JsonArray(values.Select(v => (JsonNode)v).ToArray()) };
        if (!allowBoolean) return strings;
        var boolean = onlyTrue ? new JsonObject { ["const"] = true } : new JsonObject { ["type"] = "boolean" };
        return new JsonObject { ["anyOf"] = new JsonArray(strings, boolean) };
    }

    private static JsonObject OneOrMany(JsonObject item) =>
        new() { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "array", ["items"] = item }, item.DeepClone()) };
}
