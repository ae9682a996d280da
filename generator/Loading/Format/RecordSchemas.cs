using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Validation;
using Angebotsverzeichnis.Kinds;

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

    public static string FileName(OfferKind kind) => $"{kind.SchemaName}.schema.json";

    /// <summary>The comment that makes VS Code use the schema; the first line of every record file.</summary>
    public static string ModelineFor(OfferKind kind) => $"# yaml-language-server: $schema=../../{Folder}/{FileName(kind)}";

    public static string Write(OfferKind kind, SiteSettings settings)
    {
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"{settings.BaseUrl}{Folder}/{FileName(kind)}",
            ["title"] = $"Angebotsverzeichnis: Datensatz in content/{kind.Folder}",
        };
        var block = Block(RecordFormat.Fields(kind), settings);
        // The id is the file name; a copied "id:" line is allowed when it says the same.
        ((JsonObject)block["properties"]!)["id"] = new JsonObject
        {
            ["description"] = "Kennung des Angebots; immer gleich dem Dateinamen ohne .yaml. Darf fehlen.",
            ["type"] = "string",
            ["pattern"] = ContactFormats.SlugPatternText,
        };
        foreach (var (key, value) in block) schema[key] = value?.DeepClone();
        schema["$defs"] = new JsonObject { [EmptyName] = EmptyDefinition() };
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

    private const string EmptyName = "leer";

    private static JsonObject Field(FieldSpec field, SiteSettings settings)
    {
        var value = Value(field, settings);
        value["description"] = field.Description;
        if (field.Required) return value;
        // An empty field ("telefon:", "[]", or a block whose fields are all empty, as "new" writes them) counts as absent.
        return new JsonObject { ["description"] = field.Description, ["anyOf"] = new JsonArray(value, EmptyReference()) };
    }

    private static JsonObject EmptyReference() => new() { ["$ref"] = $"#/$defs/{EmptyName}" };

    /// <summary>What the reader treats as an empty value: null, or a list or block of empty values.</summary>
    private static JsonObject EmptyDefinition() => new()
    {
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "null" },
            new JsonObject { ["type"] = "array", ["items"] = EmptyReference() },
            new JsonObject { ["type"] = "object", ["additionalProperties"] = EmptyReference() }),
    };

    private static JsonObject Value(FieldSpec field, SiteSettings settings) => field.Type switch
    {
        FieldType.Text => AnyScalar(),
        FieldType.LocalizedText or FieldType.LocalizedMarkdown => Localized(settings),
        FieldType.YesNo when field.MustBeYes => Enum(["ja", "Ja", "JA", "true"], allowBoolean: true, onlyTrue: true),
        FieldType.YesNo => Enum(["ja", "Ja", "JA", "nein", "Nein", "NEIN", "true", "false"], allowBoolean: true),
        FieldType.Date => new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
        FieldType.Time => new JsonObject { ["type"] = "string", ["pattern"] = "^([01][0-9]|2[0-3]):[0-5][0-9]$" },
        FieldType.Number => new JsonObject
        {
            ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "number" }, Pattern(@"^\s*-?[0-9]+(\.[0-9]+)?\s*$")),
        },
        FieldType.Town => Enum(settings.Towns.Select(t => t.Name)),
        FieldType.Towns => OneOrMany(Enum(settings.Towns.Select(t => t.Name)), field.Required),
        FieldType.LanguageCodes => OneOrMany(Enum(IsoLanguageCodes.All), field.Required),
        FieldType.ListValue => Enum(settings.Lists[field.List!]),
        FieldType.ListValues => OneOrMany(Enum(settings.Lists[field.List!]), field.Required),
        // Unquoted digits are a number to YAML; the reader takes them as written.
        FieldType.Phone => new JsonObject { ["anyOf"] = new JsonArray(Pattern(ContactFormats.PhonePatternText), new JsonObject { ["type"] = "integer", ["minimum"] = 0 }) },
        FieldType.Email => Pattern(ContactFormats.EmailPatternText),
        FieldType.Website => Pattern(@"^[hH][tT][tT][pP][sS]?://[^\s/?#]+[^\s]*$"),
        FieldType.Postcode => new JsonObject
        {
            ["anyOf"] = new JsonArray(Pattern(ContactFormats.PostcodePatternText), new JsonObject { ["type"] = "integer", ["minimum"] = 10000, ["maximum"] = 99999 }),
        },
        FieldType.RecordId => Pattern(ContactFormats.SlugPatternText),
        FieldType.Block => Block(field.Children, settings),
        FieldType.BlockList => new JsonObject
        {
            ["type"] = "array",
            ["items"] = new JsonObject { ["anyOf"] = new JsonArray(Block(field.Children, settings), EmptyReference()) },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, null),
    };

    private static JsonObject Localized(SiteSettings settings)
    {
        var properties = new JsonObject();
        foreach (var language in settings.Languages)
        {
            // An empty line for a language is skipped; the source language's text must be there.
            properties[language.Code] = language.Code == settings.SourceLanguage
                ? new JsonObject { ["description"] = $"Text auf {language.Name}", ["anyOf"] = new JsonArray(NonEmptyString(), new JsonObject { ["type"] = new JsonArray("number", "boolean") }) }
                : new JsonObject { ["description"] = $"Text auf {language.Name}", ["type"] = new JsonArray("string", "number", "boolean", "null") };
        }
        // Beside each translation, the fingerprint of the German text it was made from (translate fingerprints).
        foreach (var language in settings.Languages.Where(l => l.Code != settings.SourceLanguage))
        {
            properties[SourceFingerprint.KeyFor(language.Code)] = new JsonObject
            {
                ["description"] = $"Fingerabdruck des deutschen Textes, aus dem der Text auf {language.Name} übersetzt wurde; nicht von Hand ändern.",
                ["type"] = "string",
                ["pattern"] = $"^[0-9a-f]{{{SourceFingerprint.Length}}}$",
            };
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

    /// <summary>Any single value: YAML reads "15" or "ja" unquoted as a number or a boolean, the reader as text.</summary>
    private static JsonObject AnyScalar() => new()
    {
        ["anyOf"] = new JsonArray(NonEmptyString(), new JsonObject { ["type"] = new JsonArray("number", "boolean") }),
    };

    private static JsonObject Pattern(string pattern) => new() { ["type"] = "string", ["pattern"] = pattern };

    private static JsonObject Enum(IEnumerable<string> values, bool allowBoolean = false, bool onlyTrue = false)
    {
        var strings = new JsonObject { ["enum"] = new JsonArray(values.Select(v => (JsonNode)v).ToArray()) };
        if (!allowBoolean) return strings;
        var boolean = onlyTrue ? new JsonObject { ["const"] = true } : new JsonObject { ["type"] = "boolean" };
        return new JsonObject { ["anyOf"] = new JsonArray(strings, boolean) };
    }

    private static JsonObject OneOrMany(JsonObject item, bool required)
    {
        var list = new JsonObject { ["type"] = "array", ["items"] = item };
        if (required) list["minItems"] = 1;
        return new JsonObject { ["anyOf"] = new JsonArray(list, item.DeepClone()) };
    }
}
