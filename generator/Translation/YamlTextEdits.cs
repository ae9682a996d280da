using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Import;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Yaml;

namespace Angebotsverzeichnis.Translation;

/// <summary>
/// Sets one translation and its source fingerprint in the text of a YAML file ("tr: …" and "tr_quelle: …" in the
/// block "name:" of a record, or "call: …" and "call_quelle: …" in "detail:" of translations/tr.yaml), replacing
/// only those lines: every other line, comment and blank line stays as it is.
/// </summary>
public static class YamlTextEdits
{
    private const int Step = 2;

    /// <summary>The new text of the file, or null with a reason when the block is written on one line ({ de: …, tr: … }).</summary>
    public static (string? Text, string? Problem) SetTranslation(string text, IReadOnlyList<string> blockPath, string key, string value, string fingerprint)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var root = YamlFileReader.Parse(text, "edit", new DiagnosticList()) as YamlMap;
        if (root is null) return (null, "Die Datei ist kein gültiges YAML.");
        var block = root;
        var blockIndent = 0;
        for (var depth = 0; depth < blockPath.Count; depth++)
        {
            var entry = block.Entries.FirstOrDefault(e => e.Key.Value == blockPath[depth]);
            if (entry is null)
            {
                // A section the file does not have yet (an interface file without "detail:"): added at its end.
                var added = new List<string>();
                for (var rest = depth; rest < blockPath.Count; rest++) added.Add($"{new string(' ', blockIndent + (rest - depth) * Step)}{blockPath[rest]}:");
                var inner = blockIndent + (blockPath.Count - depth) * Step;
                added.AddRange(Pair(key, value, fingerprint, inner));
                var at = EndOfBlock(lines, block);
                lines.InsertRange(at, added);
                return (Join(lines, newline), null);
            }
            if (entry.Value is not YamlMap inner2 || IsFlow(inner2, entry)) return (null, $"\"{string.Join('.', blockPath.Take(depth + 1))}\" ist in einer Zeile geschrieben; schreiben Sie eine Zeile je Sprache.");
            block = inner2;
            blockIndent = inner2.Entries[0].Key.Position.Column - 1;
        }
        var fingerprintKey = key + SourceFingerprint.Suffix;
        var existing = block.Entries.FirstOrDefault(e => e.Key.Value == key);
        var recorded = block.Entries.FirstOrDefault(e => e.Key.Value == fingerprintKey);
        // From the bottom up, so that earlier line numbers stay right.
        var edits = new List<(int Start, int End, List<string> Lines)>();
        if (existing is not null)
        {
            var start = existing.Key.Position.Line - 1;
            edits.Add((start, LastLine(lines, start, blockIndent) + 1, Pair(key, value, null, blockIndent)));
            if (recorded is not null)
            {
                var line = recorded.Key.Position.Line - 1;
                edits.Add((line, line + 1, [$"{new string(' ', blockIndent)}{fingerprintKey}: {fingerprint}"]));
            }
            else
            {
                var after = LastLine(lines, start, blockIndent) + 1;
                edits.Add((after, after, [$"{new string(' ', blockIndent)}{fingerprintKey}: {fingerprint}"]));
            }
        }
        else
        {
            if (recorded is not null)
            {
                var line = recorded.Key.Position.Line - 1;
                edits.Add((line, line + 1, []));
            }
            var last = block.Entries[^1];
            var after = LastLine(lines, last.Key.Position.Line - 1, blockIndent) + 1;
            edits.Add((after, after, Pair(key, value, fingerprint, blockIndent)));
        }
        foreach (var (start, end, replacement) in edits.OrderByDescending(e => e.Start).ThenByDescending(e => e.End))
        {
            lines.RemoveRange(start, end - start);
            lines.InsertRange(start, replacement);
        }
        return (Join(lines, newline), null);
    }

    private static string Join(List<string> lines, string newline) => string.Join(newline, lines);

    /// <summary>"key: value" (or a "|" block) and, when given, "key_quelle: fingerprint", at the indentation given.</summary>
    private static List<string> Pair(string key, string value, string? fingerprint, int indent)
    {
        var pad = new string(' ', indent);
        var lines = $"{pad}{key}:{RecordWriter.TextAfterKey(value.ReplaceLineEndings("\n").TrimEnd(), indent)}".TrimEnd('\n').Split('\n').ToList();
        if (fingerprint is not null) lines.Add($"{pad}{key}{SourceFingerprint.Suffix}: {fingerprint}");
        return lines;
    }

    /// <summary>The last line of the value that starts on line <paramref name="start"/> (0-based): the lines below it indented deeper.</summary>
    internal static int LastLine(IReadOnlyList<string> lines, int start, int indent)
    {
        var last = start;
        for (var next = start + 1; next < lines.Count; next++)
        {
            var line = lines[next].TrimEnd('\r');
            if (line.Trim().Length == 0) continue;
            if (line.Length - line.TrimStart(' ').Length <= indent) break;
            last = next;
        }
        return last;
    }

    /// <summary>The line after the last line of a block (0-based); for the file's root, after its last line with content.</summary>
    private static int EndOfBlock(List<string> lines, YamlMap block)
    {
        var last = block.Entries[^1];
        return LastLine(lines, last.Key.Position.Line - 1, last.Key.Position.Column - 1) + 1;
    }

    private static bool IsFlow(YamlMap map, YamlMapEntry owner) =>
        map.Entries.Count == 0 || map.Entries[0].Key.Position.Line == owner.Key.Position.Line ||
        map.Entries.Select(e => e.Key.Position.Line).Distinct().Count() < map.Entries.Count;
}
