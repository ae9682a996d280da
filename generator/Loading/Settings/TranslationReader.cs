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
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(root, "", strings, diagnostics);
        return new TranslationTable(language, strings);
    }

    private static void Flatten(YamlValue value, string prefix, Dictionary<string, string> strings, DiagnosticList diagnostics)
    {
        switch (value)
        {
            case YamlMap map:
                foreach (var entry in map.Entries) Flatten(entry.Value, prefix + entry.Key.Value + ".", strings, diagnostics);
                break;
            case YamlText text when prefix.Length > 0:
                strings[prefix[..^1]] = text.Value.Trim();
                break;
            default:
                diagnostics.Error(value.Position, ProblemCodes.WrongType,
                    "In Übersetzungsdateien steht unter jedem Schlüssel entweder ein Text oder ein eingerückter Block, keine Liste.",
                    "In translation files, each key holds either a text or an indented block, not a list.");
                break;
        }
    }
}
