using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Loading.Settings;

namespace Angebotsverzeichnis.Validation;

/// <summary>
/// Compares each language's interface strings with the source language's. Missing keys are allowed (the site
/// falls back to the source language) but listed; every closed-list value needs a label in the source language.
/// </summary>
public static class TranslationChecker
{
    /// <summary>
    /// Texts that exist in the source language only: Leichte Sprache is a form of German (BITV 2.0 § 4), so its
    /// page shows the German text in every language, marked as German.
    /// </summary>
    public const string SourceOnlySection = "leichte_sprache_text.";

    public static bool IsSourceOnly(string key) => key.StartsWith(SourceOnlySection, StringComparison.Ordinal);

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> MissingKeys(ContentSet content, string translationsDirectory, DiagnosticList diagnostics)
    {
        var settings = content.Settings;
        var missing = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (!content.Translations.TryGetValue(settings.SourceLanguage, out var source)) return missing;
        var sourceFile = SourcePosition.StartOf(DisplayPath.Of(Path.Combine(translationsDirectory, settings.SourceLanguage + ".yaml")));

        foreach (var list in settings.Lists.Names.Except(ClosedLists.ShownVerbatim))
        {
            foreach (var value in settings.Lists[list].Where(v => source.Find($"{list}.{v}") is null))
            {
                diagnostics.Error(sourceFile, ProblemCodes.MissingTranslation,
                    $"Für den Listenwert \"{value}\" fehlt die Anzeige unter \"{list}:\". Ergänzen Sie eine Zeile \"  {value}: …\".",
                    $"The display text for the list value \"{value}\" is missing under \"{list}:\". Add a line \"  {value}: …\".");
            }
        }
        foreach (var language in settings.Languages.Where(l => l.Code != settings.SourceLanguage))
        {
            if (!content.Translations.TryGetValue(language.Code, out var table)) continue;
            var file = SourcePosition.StartOf(DisplayPath.Of(Path.Combine(translationsDirectory, language.Code + ".yaml")));
            var absent = source.Strings.Keys.Where(k => table.Find(k) is null && !IsSourceOnly(k)).Order(StringComparer.Ordinal).ToList();
            if (absent.Count > 0)
            {
                missing[language.Code] = absent;
                diagnostics.Warning(file, ProblemCodes.MissingTranslation,
                    $"Fehlende Texte ({absent.Count}), sie erscheinen auf Deutsch: {string.Join(", ", absent)}.",
                    $"Missing texts ({absent.Count}), shown in German: {string.Join(", ", absent)}.");
            }
            foreach (var key in table.SourceFingerprints.Keys.Order(StringComparer.Ordinal))
            {
                if (source.Find(key) is not { } sourceText || !table.IsStale(key, sourceText)) continue;
                var current = Loading.Records.SourceFingerprint.Of(sourceText);
                diagnostics.Warning(table.Positions.GetValueOrDefault(key, file), ProblemCodes.InterfaceTranslationStale,
                    $"Der Text \"{key}\" wurde aus einem älteren deutschen Text übersetzt; der deutsche Text hat sich geändert. Lassen Sie ihn neu übersetzen (translate export --language {language.Code}). Stimmt er noch, setzen Sie \"{key.Split('.')[^1]}{Loading.Records.SourceFingerprint.Suffix}: {current}\".",
                    $"The text \"{key}\" was translated from an earlier source text, which has changed. Have it translated again (translate export --language {language.Code}). If it is still right, set \"{key.Split('.')[^1]}{Loading.Records.SourceFingerprint.Suffix}: {current}\".");
            }
            foreach (var extra in table.Strings.Keys.Where(k => source.Find(k) is null).Order(StringComparer.Ordinal))
            {
                diagnostics.Warning(file, ProblemCodes.MissingTranslation,
                    $"Den Schlüssel \"{extra}\" gibt es in der deutschen Datei nicht; er wird nie angezeigt. Tippfehler?",
                    $"The key \"{extra}\" does not exist in the German file; it is never shown. A typing mistake?");
            }
        }
        return missing;
    }
}
