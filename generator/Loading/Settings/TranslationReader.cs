using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Yaml;

namespace Angebotsverzeichnis.Loading.Settings;

/// <summary>Reads translations/&lt;code&gt;.yaml; nested blocks become dotted keys.</summary>
public static class TranslationReader
{
    public static TranslationTable? Read(string translationsDirectory, string language, DiagnosticList diagnostics)
    {
        var path = Path.Combine(translationsDirectory, language + ".yaml");
        var display = DisplayPath.Of(path);
        if (!File.Exists(path))
        {
            diagnostics.Error(SourcePosition.StartOf(display), ProblemCodes.TranslationFileMissing,
                $"Für die Sprache \"{language}\" fehlt die Datei {display}. Kopieren Sie die deutsche Datei und übersetzen Sie die Texte.",
                $"The file {display} for the language \"{language}\" is missing. Copy the German file and translate the texts.");
            return null;
        }
        var root = YamlFileReader.Read(path, display, diagnostics);
        if (root is null) return null;
        var table = new Flattened();
        Flatten(root, "", table, diagnostics);
        return new TranslationTable(language, table.Strings) { SourceFingerprints = table.Fingerprints, Positions = table.Positions };
    }

    private sealed class Flattened
    {
        public Dictionary<string, string> Strings { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, string> Fingerprints { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, SourcePosition> Positions { get; } = new(StringComparer.Ordinal);
    }

    private static void Flatten(YamlValue value, string prefix, Flattened table, DiagnosticList diagnostics)
    {
        switch (value)
        {
            case YamlMap map:
                foreach (var entry in map.Entries)
                {
                    if (entry.Value is YamlText fingerprint && Records.SourceFingerprint.IsKey(entry.Key.Value, out var translated))
                    {
                        if (Records.SourceFingerprint.IsWellFormed(fingerprint.Value.Trim())) table.Fingerprints[prefix + translated] = fingerprint.Value.Trim();
                        else
                        {
                            diagnostics.Error(fingerprint.Position, ProblemCodes.BadSourceFingerprint,
                                $"\"{prefix}{entry.Key.Value}\" muss der Fingerabdruck des deutschen Textes sein (acht Zeichen 0–9 und a–f). Löschen Sie die Zeile, wenn Sie ihn nicht kennen.",
                                $"\"{prefix}{entry.Key.Value}\" must be the fingerprint of the source text (eight characters 0–9 and a–f). Delete the line if you do not know it.");
                        }
                        continue;
                    }
                    Flatten(entry.Value, prefix + entry.Key.Value + ".", table, diagnostics);
                }
                break;
            case YamlText text when prefix.Length > 0:
                table.Strings[prefix[..^1]] = text.Value.Trim();
                table.Positions[prefix[..^1]] = text.Position;
                break;
            default:
                diagnostics.Error(value.Position, ProblemCodes.WrongType,
                    "In Übersetzungsdateien steht unter jedem Schlüssel entweder ein Text oder ein eingerückter Block, keine Liste.",
                    "In translation files, each key holds either a text or an indented block, not a list.");
                break;
        }
    }
}
