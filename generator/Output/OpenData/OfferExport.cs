using System.Globalization;
using System.Text.Json.Nodes;
using Angebotsverzeichnis.Kinds;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Import;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Rendering;

namespace Angebotsverzeichnis.Output.OpenData;

/// <summary>
/// A published offer as open data, with the same field names as the record files (so an export can be imported
/// again). Only public fields: nothing of the "intern" block exists in the model, and a private person appears
/// only with consent.
/// </summary>
public static class OfferExport
{
    public static JsonObject ToJson(Offer offer, Site site, SiteLinks links)
    {
        var record = new JsonObject
        {
            ["id"] = offer.Id,
            ["art"] = offer.Kind.Folder,
            [CsvColumns.PageAddresses] = Texts(site.Languages.ToDictionary(l => l.Code, l => links.Absolute(l.Code, Paths.Offer(offer)))),
            ["name"] = Texts(offer.Name.ByLanguage),
            ["beschreibung"] = Texts(offer.Description.ByLanguage),
            ["ort"] = offer.Town,
            ["kreisweit"] = offer.DistrictWide,
            ["durchfuehrung"] = offer.Delivery,
            ["adresse"] = new JsonObject { ["strasse"] = offer.Address.Street, ["plz"] = offer.Address.Postcode, ["zusatz"] = offer.Address.Addition },
            ["koordinaten"] = offer.Coordinates is { } c ? new JsonObject { ["breite"] = c.Latitude, ["laenge"] = c.Longitude } : null,
            ["telefon"] = offer.Phone,
            ["email"] = offer.Email,
            ["website"] = offer.Website,
            ["traeger"] = offer.Provider is { } p ? new JsonObject { ["organisation"] = p.OrganisationId, ["name"] = p.Name } : null,
            ["sprachen"] = Strings(offer.Languages),
            ["zielgruppen"] = Strings(offer.TargetGroups),
            ["handlungsfeld"] = offer.FieldOfAction,
            ["kosten"] = Texts(offer.Costs?.ByLanguage),
            ["barrierefreiheit"] = Strings(offer.Accessibility),
            ["zeiten"] = new JsonArray(offer.Times.Select(t => (JsonNode)new JsonObject
            {
                ["tage"] = Strings(t.Days), ["von"] = Time(t.From), ["bis"] = Time(t.To),
            }).ToArray()),
            ["zeiten_hinweis"] = Texts(offer.TimesNote?.ByLanguage),
            ["geprueft_am"] = Date(offer.Reviewed),
        };
        AddDeclared(record, offer.Kind.Fields, offer.Details.Values);
        return record;
    }

    /// <summary>The kind's fields by their declarations; a block with a consent field (a private person) only when consent is given.</summary>
    private static void AddDeclared(JsonObject record, IReadOnlyList<FieldSpec> fields, FieldValues values)
    {
        foreach (var field in fields)
        {
            record[field.Name] = field.Type switch
            {
                FieldType.ListValues or FieldType.LanguageCodes or FieldType.Towns => Strings(values.Words(field)),
                FieldType.YesNo => values.YesNo(field),
                FieldType.Date => values.Date(field) is { } date ? Date(date) : null,
                FieldType.Time => values.Time(field) is { } time ? Time(time) : null,
                FieldType.Number => values.Number(field),
                FieldType.LocalizedText or FieldType.LocalizedMarkdown => Texts(values.Localized(field)?.ByLanguage),
                FieldType.Block => values.Block(field) is { } block && Consented(field, block) ? Block(field.Children, block) : null,
                FieldType.BlockList => new JsonArray(values.Blocks(field).Select(block => (JsonNode)Block(field.Children, block)).ToArray()),
                _ => values.Text(field),
            };
        }
    }

    private static bool Consented(FieldSpec block, FieldValues values) =>
        block.Children.Where(c => c.MustBeYes).All(c => values.YesNo(c) == true);

    private static JsonObject Block(IReadOnlyList<FieldSpec> children, FieldValues values)
    {
        var block = new JsonObject();
        AddDeclared(block, children, values);
        return block;
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static JsonObject? Texts(IReadOnlyDictionary<string, string>? texts)
    {
        if (texts is null) return null;
        var result = new JsonObject();
        foreach (var (language, text) in texts.OrderBy(t => t.Key, StringComparer.Ordinal)) result[language] = text;
        return result;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)v).ToArray());
}
