using System.Text.Json;
using System.Text.Json.Nodes;
using Angebotsverzeichnis.Loading.Import;
using Angebotsverzeichnis.Model;

namespace Angebotsverzeichnis.Output.OpenData;

/// <summary>
/// All published offers as one flat CSV table with German column names matching the import's columns:
/// texts per language as name_de, name_tr …; lists as "Wetter (Ruhr) | Herdecke" (codes stay codes, for machines);
/// times as "mo mi 09:00-12:30 | fr 10:00-12:00", each period its days and hours; numbers with the digits of
/// angebote.json and a decimal comma ("51,4372").
/// </summary>
public static class OffersCsv
{
    private static readonly string[] Fixed =
    [
        "id", "art", "ort", "kreisweit", "durchfuehrung", "strasse", "plz", "zusatz", "breite", "laenge", "telefon", "email", "website",
        "traeger", "traeger_organisation", "sprachen", "zielgruppen", "handlungsfeld", "barrierefreiheit", "zeiten", "geprueft_am",
        "kursart", "niveau_von", "niveau_bis", "beginn", "ende", "laufender_einstieg", "kinderbetreuung", "bamf_zugelassen", "plaetze",
        "sprachpaare", "einsatzarten", "fachgebiete", "qualifikation", "person_name", "person_telefon", "person_email",
        "dienstart", "personal_sprachen", "kulturelle_merkmale", "versorgungsgebiet", "schwerpunkte", "neue_mitglieder",
    ];

    private static readonly string[] Localized =
        ["url", "name", "beschreibung", "kosten", "zeiten_hinweis", "kostenbefreiung", "buchung", "gemeinschaften", "treffpunkt"];

    public static void Write(TextWriter output, IEnumerable<JsonObject> records, Site site)
    {
        var languages = site.Languages.Select(l => l.Code).ToList();
        var columns = Fixed.Concat(Localized.SelectMany(field => languages.Select(l => $"{field}_{l}"))).ToList();
        var csv = new CsvWriter(output, columns);
        foreach (var record in records) csv.Add(Row(record));
    }

    private static Dictionary<string, string?> Row(JsonObject record)
    {
        var row = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in record)
        {
            switch (key, value)
            {
                case (_, null):
                    break;
                case ("adresse" or "koordinaten", JsonObject parts):
                    foreach (var (part, partValue) in parts) row[part] = Scalar(partValue);
                    break;
                case ("traeger", JsonObject provider):
                    row["traeger"] = Scalar(provider["name"]);
                    row["traeger_organisation"] = Scalar(provider["organisation"]);
                    break;
                case ("person", JsonObject person):
                    foreach (var (part, partValue) in person) row[$"person_{part}"] = Scalar(partValue);
                    break;
                case ("zeiten", JsonArray slots):
                    row["zeiten"] = CsvDialect.List(slots.OfType<JsonObject>().Select(s =>
                        $"{string.Join(' ', s["tage"]!.AsArray().Select(d => (string?)d))} {(string?)s["von"]}-{(string?)s["bis"]}"));
                    break;
                case (_, JsonObject texts) when Localized.Contains(key):
                    foreach (var (language, text) in texts) row[$"{key}_{language}"] = Scalar(text);
                    break;
                case (_, JsonArray list):
                    row[key] = CsvDialect.List(list.Select(v => Scalar(v) ?? ""));
                    break;
                default:
                    row[key] = Scalar(value);
                    break;
            }
        }
        return row;
    }

    private static string? Scalar(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<bool>(out var flag) => flag ? "ja" : "nein",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => CsvDialect.Number(v.ToJsonString()),
        JsonValue v => v.ToString(),
        _ => value.ToJsonString(),
    };
}
