using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Yaml;
using Angebotsverzeichnis.Validation;

namespace Angebotsverzeichnis.Translation;

/// <summary>
/// Records, for every translation that has none yet, the fingerprint of the German text it stands beside, as if it
/// had been made from that text: the one-time step that makes today's translations tracked. Each fingerprint goes
/// on a line of its own right below its translation ("tr_quelle: 3f2a9c1b"); nothing else in a file changes.
/// A translation that already records a fingerprint, stale or not, is left alone.
/// </summary>
public static class FingerprintWriter
{
    public sealed record Outcome(int FilesChanged, int FingerprintsAdded, IReadOnlyList<string> Skipped);

    public static Outcome RecordMissing(string contentDirectory, string translationsDirectory, string sourceLanguage, DiagnosticList diagnostics)
    {
        var files = 0;
        var added = 0;
        var skipped = new List<string>();
        foreach (var file in ContentLoader.FindRecordFiles(contentDirectory, diagnostics))
        {
            var localized = RecordFormat.Fields(file.Kind)
                .Where(f => f.Type is FieldType.LocalizedText or FieldType.LocalizedMarkdown)
                .Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
            if (YamlFileReader.Read(file.FullPath, file.DisplayPath, diagnostics) is not YamlMap root) continue;
            var insertions = new List<Insertion>();
            foreach (var entry in root.Entries.Where(e => localized.Contains(e.Key.Value)))
            {
                if (entry.Value is YamlMap texts) Collect(texts, sourceLanguage, texts, insertions, skipped, $"{file.DisplayPath}: {entry.Key.Value}");
            }
            added += Apply(file.FullPath, insertions, ref files);
        }
        foreach (var path in Directory.EnumerateFiles(translationsDirectory, "*.yaml").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileNameWithoutExtension(path) == sourceLanguage) continue;
            var sourcePath = Path.Combine(translationsDirectory, sourceLanguage + ".yaml");
            if (YamlFileReader.Read(sourcePath, DisplayPath.Of(sourcePath), diagnostics) is not YamlMap source) continue;
            if (YamlFileReader.Read(path, DisplayPath.Of(path), diagnostics) is not YamlMap translated) continue;
            var insertions = new List<Insertion>();
            CollectInterface(translated, source, "", insertions);
            added += Apply(path, insertions, ref files);
        }
        return new Outcome(files, added, skipped);
    }

    private sealed record Insertion(int Line, int Column, string Key, string Fingerprint);

    /// <summary>The translations of one text block (name, beschreibung …) that record no fingerprint.</summary>
    private static void Collect(YamlMap texts, string sourceLanguage, YamlMap block, List<Insertion> insertions, List<string> skipped, string where)
    {
        if (block.Entries.FirstOrDefault(e => e.Key.Value == sourceLanguage)?.Value is not YamlText { Value: var source } || string.IsNullOrWhiteSpace(source)) return;
        var keys = texts.Entries.Select(e => e.Key.Value).ToHashSet(StringComparer.Ordinal);
        var missing = texts.Entries.Where(e => e.Key.Value != sourceLanguage && !SourceFingerprint.IsKey(e.Key.Value, out _)
            && e.Value is YamlText { Value: var text } && !string.IsNullOrWhiteSpace(text)
            && !keys.Contains(SourceFingerprint.KeyFor(e.Key.Value))).ToList();
        if (missing.Count == 0) return;
        if (IsFlow(texts))
        {
            skipped.Add($"{where} (in einer Zeile geschrieben: {{ de: …, tr: … }}; schreiben Sie eine Zeile je Sprache)");
            return;
        }
        var fingerprint = SourceFingerprint.Of(source);
        foreach (var entry in missing) insertions.Add(new Insertion(entry.Key.Position.Line, entry.Key.Position.Column, SourceFingerprint.KeyFor(entry.Key.Value), fingerprint));
    }

    private static void CollectInterface(YamlMap translated, YamlMap source, string prefix, List<Insertion> insertions)
    {
        if (prefix == TranslationChecker.SourceOnlySection) return;
        var keys = translated.Entries.Select(e => e.Key.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in translated.Entries)
        {
            var counterpart = source.Entries.FirstOrDefault(e => e.Key.Value == entry.Key.Value)?.Value;
            switch (entry.Value)
            {
                case YamlMap inner when counterpart is YamlMap sourceInner:
                    CollectInterface(inner, sourceInner, prefix + entry.Key.Value + ".", insertions);
                    break;
                case YamlText { Value: var text } when counterpart is YamlText { Value: var sourceText } && !string.IsNullOrWhiteSpace(text)
                    && !SourceFingerprint.IsKey(entry.Key.Value, out _) && !keys.Contains(SourceFingerprint.KeyFor(entry.Key.Value)) && !IsFlow(translated):
                    insertions.Add(new Insertion(entry.Key.Position.Line, entry.Key.Position.Column, SourceFingerprint.KeyFor(entry.Key.Value), SourceFingerprint.Of(sourceText.Trim())));
                    break;
            }
        }
    }

    /// <summary>A block written on one line ({ de: …, tr: … }) has no room for a line below a translation.</summary>
    private static bool IsFlow(YamlMap map) =>
        map.Entries.Select(e => e.Key.Position.Line).Distinct().Count() < map.Entries.Count || map.Entries.Count == 0;

    /// <summary>Inserts each fingerprint below the last line of its translation, indented like its key.</summary>
    private static int Apply(string path, List<Insertion> insertions, ref int files)
    {
        if (insertions.Count == 0) return 0;
        var text = File.ReadAllText(path);
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split('\n').ToList();
        foreach (var insertion in insertions.OrderByDescending(i => i.Line))
        {
            var indent = insertion.Column - 1;
            var last = YamlTextEdits.LastLine(lines, insertion.Line - 1, indent);
            var carriage = newline == "\r\n" ? "\r" : "";
            if (last == lines.Count - 1 && lines[last].Length > 0)
            {
                // The translation is on the file's last line, without a line break after it.
                lines[last] += carriage;
                lines.Add($"{new string(' ', indent)}{insertion.Key}: {insertion.Fingerprint}");
            }
            else lines.Insert(last + 1, $"{new string(' ', indent)}{insertion.Key}: {insertion.Fingerprint}{carriage}");
        }
        File.WriteAllText(path, string.Join('\n', lines));
        files++;
        return insertions.Count;
    }
}
