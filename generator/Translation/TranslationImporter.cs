using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Records;

namespace Angebotsverzeichnis.Translation;

/// <summary>
/// Writes the translations of a returned XLIFF file into the records and translations/, each with the fingerprint
/// of its German source, changing nothing else. A unit is refused, with its id and the reason, when its German text
/// changed since the export (its fingerprint no longer matches), when its record or key is gone, or when it is longer
/// than its field allows; the other units are written.
/// </summary>
public static class TranslationImporter
{
    public sealed record Refusal(string Unit, int Line, string Reason);

    public sealed record Outcome(string Language, int Written, IReadOnlyList<Refusal> Refused);

    public static Outcome Import(string xliffPath, ContentSet content, string translationsDirectory)
    {
        var (language, units) = XliffFile.Read(xliffPath);
        var settings = content.Settings;
        var refused = new List<Refusal>();
        if (language is null || language == settings.SourceLanguage || settings.LanguageWithCode(language) is null)
        {
            refused.Add(new Refusal("(Datei)", 1, $"Die Zielsprache \"{language}\" der Datei ist keine Übersetzungssprache der Website ({string.Join(", ", settings.Languages.Select(l => l.Code).Where(c => c != settings.SourceLanguage))})."));
            return new Outcome(language ?? "", 0, refused);
        }
        var written = 0;
        var records = new Records(content);
        // Each file is read once and written once, however many of its texts the file returns.
        var edited = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (string.IsNullOrWhiteSpace(unit.Target)) continue;
            var target = unit.Target.ReplaceLineEndings("\n").Trim();
            var (path, blockPath, key, fingerprint, limit, problem) = Locate(unit, content, records, translationsDirectory, language);
            if (problem is not null)
            {
                refused.Add(new Refusal(unit.Id, unit.Line, problem));
                continue;
            }
            if (unit.SourceFingerprint != fingerprint)
            {
                refused.Add(new Refusal(unit.Id, unit.Line, "Der deutsche Text hat sich seit dem Export geändert; diese Übersetzung wurde aus dem alten gemacht. Exportieren Sie neu (translate export) und übersetzen Sie den neuen Text."));
                continue;
            }
            if (limit is { } max && target.Length > max)
            {
                refused.Add(new Refusal(unit.Id, unit.Line, $"Die Übersetzung hat {target.Length} Zeichen, erlaubt sind höchstens {max}."));
                continue;
            }
            var before = edited.TryGetValue(path!, out var pending) ? pending : File.ReadAllText(path!);
            var (text, editProblem) = YamlTextEdits.SetTranslation(before, blockPath!, key!, target, fingerprint!);
            if (text is null)
            {
                refused.Add(new Refusal(unit.Id, unit.Line, editProblem!));
                continue;
            }
            edited[path!] = text;
            written++;
        }
        foreach (var (path, text) in edited) File.WriteAllText(path, text);
        return new Outcome(language, written, refused);
    }

    /// <summary>The loaded records and their files by kind folder and id.</summary>
    private sealed class Records(ContentSet content)
    {
        public Dictionary<(string Kind, string Id), Offer> Offers { get; } =
            content.Offers.GroupBy(o => (o.Kind.Folder, o.Id)).ToDictionary(g => g.Key, g => g.First());

        public Dictionary<(string Kind, string Id), RecordFile> Files { get; } =
            content.Files.GroupBy(f => (f.Kind.Folder, f.Id)).ToDictionary(g => g.Key, g => g.First());
    }

    private static (string? Path, IReadOnlyList<string>? Block, string? Key, string? Fingerprint, int? Limit, string? Problem) Locate(
        XliffFile.ReturnedUnit unit, ContentSet content, Records records, string translationsDirectory, string language)
    {
        var source = content.Settings.SourceLanguage;
        if (unit.Id.StartsWith(TranslationUnit.InterfacePrefix, StringComparison.Ordinal))
        {
            var key = unit.Id[TranslationUnit.InterfacePrefix.Length..];
            if (content.Translations.GetValueOrDefault(source)?.Find(key) is not { } german) return (null, null, null, null, null, $"Den Oberflächentext \"{key}\" gibt es nicht mehr.");
            var parts = key.Split('.');
            return (Path.Combine(translationsDirectory, language + ".yaml"), parts[..^1], parts[^1], SourceFingerprint.Of(german), null, null);
        }
        var segments = unit.Id.Split('/');
        if (segments.Length != 3) return (null, null, null, null, null, "Die Kennung der Einheit hat nicht die Form art/datensatz/feld.");
        if (!records.Offers.TryGetValue((segments[0], segments[1]), out var offer) || !records.Files.TryGetValue((segments[0], segments[1]), out var file)) return (null, null, null, null, null, $"Den Datensatz {segments[0]}/{segments[1]} gibt es nicht mehr.");
        var text = offer.Texts().FirstOrDefault(t => t.Field == segments[2]).Text;
        if (text?.CurrentFingerprint(source) is not { } current) return (null, null, null, null, null, $"Der Datensatz hat kein Feld \"{segments[2]}\" mit deutschem Text mehr.");
        var limit = RecordFormat.Fields(offer.Kind).FirstOrDefault(f => f.Name == segments[2])?.MaxLength;
        return (file.FullPath, [segments[2]], language, current, limit, null);
    }
}
