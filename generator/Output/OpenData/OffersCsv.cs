using System.Text.Json;
using System.Text.Json.Nodes;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Import;
using Angebotsverzeichnis.Model;

namespace Angebotsverzeichnis.Output.OpenData;

/// <summary>
/// All published offers as one flat CSV table, with the columns of the CSV import (<see cref="CsvColumns"/>), so the
/// table imports back into the same records: texts per language as name_de, name_tr …; lists as
/// "Wetter (Ruhr) | Herdecke" (codes stay codes, for machines); times as "mo mi 09:00-12:30 | fr 10:00-12:00", each
/// period its days and hours; numbers with the digits of angebote.json and a decimal comma ("51,4372"). The single
/// values come first, then the page addresses and the texts; internal fields and the publication flag (every row is
/// published) are left out.
/// </summary>
public static class OffersCsv
{
    /// <summary>A column and where its value stands in the offer's JSON (angebote.json): ["adresse", "plz"], ["name", "de"].</summary>
    private sealed record Column(string Name, IReadOnlyList<string> Keys, FieldType Type);

    public static void Write(TextWriter output, IEnumerable<JsonObject> records, Site site)
    {
        var columns = Columns(site.Languages.Select(l => l.Code).ToList());
        var csv = new CsvWriter(output, columns.Select(c => c.Name).ToList());
        foreach (var record in records) csv.Add(Row(record, columns));
    }

    private static List<Column> Columns(IReadOnlyList<string> languages)
    {
        var published = CsvColumns.For(languages).Where(c => c.Path[0].Name is not ("intern" or "veroeffentlicht")).ToList();
        Column ToColumn(CsvColumn c) =>
            new(c.Name, [.. c.Path.Select(f => f.Name), .. c.Language is null ? [] : new[] { c.Language }], c.Field.Type);
        return
        [
            new(CsvColumns.Id, [CsvColumns.Id], FieldType.Text),
            new(CsvColumns.Kind, [CsvColumns.Kind], FieldType.Text),
            .. published.Where(c => c.Language is null).Select(ToColumn),
            .. languages.Select(l => new Column(CsvColumns.PageAddressPrefix + l, [CsvColumns.PageAddresses, l], FieldType.Website)),
            .. published.Where(c => c.Language is not null).Select(ToColumn),
        ];
    }

    private static Dictionary<string, string?> Row(JsonObject record, IReadOnlyList<Column> columns)
    {
        var row = new Dictionary<string, string?>(columns.Count, StringComparer.Ordinal);
        foreach (var column in columns)
        {
            JsonNode? value = record;
            foreach (var key in column.Keys) value = (value as JsonObject)?[key];
            row[column.Name] = (column.Type, value) switch
            {
                (_, null) => null,
                (FieldType.BlockList, JsonArray slots) => CsvDialect.List(slots.OfType<JsonObject>().Select(s =>
                    $"{string.Join(' ', s["tage"]!.AsArray().Select(d => (string?)d))} {(string?)s["von"]}-{(string?)s["bis"]}")),
                (_, JsonArray list) => CsvDialect.List(list.Select(v => Scalar(v) ?? "")),
                _ => Scalar(value),
            };
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
