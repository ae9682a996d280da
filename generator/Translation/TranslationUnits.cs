using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Validation;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Translation;

/// <summary>The texts a language lacks or has only from an earlier German text: what a translator's export holds.</summary>
public static class TranslationUnits
{
    public static IReadOnlyList<TranslationUnit> Open(ContentSet content, string language)
    {
        var source = content.Settings.SourceLanguage;
        var units = new List<TranslationUnit>();
        var specsByKind = OfferKinds.All.ToDictionary(k => k, k => RecordFormat.Fields(k).ToDictionary(f => f.Name, StringComparer.Ordinal));
        foreach (var offer in content.Offers.OrderBy(o => OfferKinds.Rank(o.Kind)).ThenBy(o => o.Id, StringComparer.Ordinal))
        {
            var kind = offer.Kind.Folder;
            var specs = specsByKind[offer.Kind];
            foreach (var (field, text) in offer.Texts())
            {
                if (text.In(source) is not { } german) continue;
                var own = text.In(language);
                if (own is not null && !text.IsStale(language, source)) continue;
                var spec = specs[field];
                units.Add(new TranslationUnit($"{kind}/{offer.Id}/{field}", german, text.CurrentFingerprint(source)!, own, own is null ? UnitState.Missing : UnitState.Stale)
                {
                    Kind = kind,
                    RecordId = offer.Id,
                    Field = field,
                    Note = RecordNote(spec),
                    MaxLength = spec.MaxLength,
                });
            }
        }
        if (content.Translations.TryGetValue(source, out var sourceTable) && content.Translations.TryGetValue(language, out var table))
        {
            foreach (var (key, german) in sourceTable.Strings.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                if (TranslationChecker.IsSourceOnly(key)) continue;
                var own = table.Find(key);
                if (own is not null && !table.IsStale(key, german)) continue;
                var fingerprint = SourceFingerprint.Of(german);
                units.Add(new TranslationUnit(TranslationUnit.InterfacePrefix + key, german, fingerprint, own, own is null ? UnitState.Missing : UnitState.Stale)
                {
                    Field = key,
                    Note = german.Contains('{') ? "Oberflächentext der Website. {0} und {1} sind Platzhalter: genau so übernehmen." : "Oberflächentext der Website (Schaltfläche, Überschrift, Hinweis).",
                });
            }
        }
        return units;
    }

    private static string RecordNote(FieldSpec spec)
    {
        var note = $"{spec.Label}: {spec.Description}";
        if (spec.Type == FieldType.LocalizedMarkdown) note += " Markdown bleibt Markdown: **fett**, Aufzählungen mit „- “ und Links [Text](https://…) genau so übernehmen, nur den Text übersetzen; Leerzeilen trennen Absätze.";
        if (spec.MaxLength is { } limit) note += $" Höchstens {limit} Zeichen.";
        return note;
    }
}
