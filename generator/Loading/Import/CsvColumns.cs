using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Loading.Import;

/// <summary>
/// One column a CSV import understands: the field it fills (a path such as "adresse.plz"), the field's spec,
/// the language for texts ("name_de" → name, de), and the kinds of offer it belongs to (null: every kind).
/// </summary>
public sealed record CsvColumn(string Name, IReadOnlyList<FieldSpec> Path, string? Language, IReadOnlyList<OfferKind>? Kinds)
{
    public FieldSpec Field => Path[^1];

    public bool AppliesTo(OfferKind kind) => Kinds is null || Kinds.Contains(kind);
}

/// <summary>
/// The columns of a CSV import, made from <see cref="RecordFormat"/> so they never drift from the record files:
/// each field under its own name; texts per language as "name_de", "beschreibung_en" …; fields inside a block as
/// "block_feld" ("person_name", "intern_notiz"), except the address and coordinates ("strasse", "plz", "zusatz",
/// "breite", "laenge") and the provider ("traeger" for its name, "traeger_organisation"). "zeiten" is one column
/// ("mo di 09:00-12:00 | fr 10:00-12:00"). These are the columns of the open data's angebote.csv too, which adds only
/// the page addresses. docs/import.md lists them for editors.
/// </summary>
public static class CsvColumns
{
    public const string Id = "id";
    public const string Kind = "art";

    /// <summary>The open data's addresses of each language's page of an offer: "url" in angebote.json, "url_de", "url_tr" … in angebote.csv.</summary>
    public const string PageAddresses = "url";

    public const string PageAddressPrefix = PageAddresses + "_";

    /// <summary>A column of angebote.csv the import passes over: the page addresses, which the generator makes itself.</summary>
    public static bool IsPageAddress(string name, IReadOnlyList<string> languages) =>
        name.StartsWith(PageAddressPrefix, StringComparison.Ordinal) && languages.Contains(name[PageAddressPrefix.Length..]);

    private static readonly Dictionary<string, string> NestedNames = new(StringComparer.Ordinal)
    {
        ["adresse.strasse"] = "strasse",
        ["adresse.plz"] = "plz",
        ["adresse.zusatz"] = "zusatz",
        ["koordinaten.breite"] = "breite",
        ["koordinaten.laenge"] = "laenge",
        ["traeger.name"] = "traeger",
        ["traeger.organisation"] = "traeger_organisation",
    };

    public static IReadOnlyList<CsvColumn> For(IReadOnlyList<string> languages)
    {
        var columns = new List<CsvColumn>();
        foreach (var field in RecordFormat.Common) Add(columns, [field], languages, null);
        foreach (var kind in OfferKinds.All)
        {
            foreach (var field in RecordFormat.Specific(kind))
            {
                var existing = columns.FindAll(c => c.Path[0].Name == field.Name && c.Kinds is not null);
                if (existing.Count > 0)
                {
                    // The same field name in several kinds: one column for all of them.
                    foreach (var column in existing) columns[columns.IndexOf(column)] = column with { Kinds = [.. column.Kinds!, kind] };
                    continue;
                }
                Add(columns, [field], languages, [kind]);
            }
        }
        return columns;
    }

    private static void Add(List<CsvColumn> columns, IReadOnlyList<FieldSpec> path, IReadOnlyList<string> languages, IReadOnlyList<OfferKind>? kinds)
    {
        var field = path[^1];
        var dotted = string.Join('.', path.Select(p => p.Name));
        var name = NestedNames.TryGetValue(dotted, out var nested) ? nested : string.Join('_', path.Select(p => p.Name));
        switch (field.Type)
        {
            case FieldType.LocalizedText or FieldType.LocalizedMarkdown:
                foreach (var language in languages) columns.Add(new CsvColumn($"{name}_{language}", path, language, kinds));
                break;
            case FieldType.Block:
                foreach (var child in field.Children) Add(columns, [.. path, child], languages, kinds);
                break;
            default:
                columns.Add(new CsvColumn(name, path, null, kinds));
                break;
        }
    }
}
