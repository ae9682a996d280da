using System.Globalization;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Yaml;

namespace Angebotsverzeichnis.Loading;

/// <summary>
/// Reads the fields of one YAML block, reports type errors and missing fields in plain words,
/// remembers the position of every value, and at <see cref="Finish"/> reports fields nobody asked for.
/// </summary>
public sealed class FieldReader
{
    private readonly YamlMap _map;
    private readonly string _prefix;
    private readonly ReadContext _context;
    private readonly List<string> _asked = new();

    private FieldReader(YamlMap map, string prefix, ReadContext context)
    {
        _map = map;
        _prefix = prefix;
        _context = context;
    }

    public SourcePosition Position => _map.Position;

    public static FieldReader? ForFile(YamlValue? root, ReadContext context)
    {
        if (root is null) return null;
        if (root is YamlMap map) return new FieldReader(map, "", context);
        context.Diagnostics.Error(root.Position, ProblemCodes.WrongType,
            "Die Datei muss aus Zeilen der Form \"feld: Wert\" bestehen. Vergleichen Sie sie mit einer anderen Datei im selben Ordner.",
            "The file must consist of lines of the form \"field: value\". Compare it with another file in the same folder.");
        return null;
    }

    public YamlValue? Value(string key, bool required = false)
    {
        _asked.Add(key);
        var position = _map.Position;
        foreach (var entry in _map.Entries)
        {
            if (entry.Key.Value != key) continue;
            if (IsEmpty(entry.Value))
            {
                position = entry.Key.Position;
                _context.Positions.Remember(_prefix + key + "@key", position);
                break;
            }
            _context.Positions.Remember(_prefix + key, entry.Value.Position);
            return entry.Value;
        }
        if (required)
        {
            Error(position, ProblemCodes.MissingField,
                $"Das Pflichtfeld \"{_prefix}{key}\" fehlt oder ist leer. Ergänzen Sie eine Zeile \"{key}: …\".",
                $"The required field \"{_prefix}{key}\" is missing or empty. Add a line \"{key}: …\".");
        }
        return null;
    }

    public string? Text(string key, bool required = false)
    {
        var value = Value(key, required);
        if (value is null) return null;
        if (value is YamlText text)
        {
            var trimmed = text.Value.Trim();
            if (trimmed.Length == 0 && required)
            {
                Error(value.Position, ProblemCodes.EmptyText,
                    $"\"{_prefix}{key}\" enthält nur Leerzeichen. Tragen Sie einen Wert ein.",
                    $"\"{_prefix}{key}\" contains only spaces. Enter a value.");
                return null;
            }
            return trimmed.Length == 0 ? null : trimmed;
        }
        Error(value.Position, ProblemCodes.WrongType,
            $"\"{_prefix}{key}\" muss ein einzelner Wert sein, keine Liste und kein Block.",
            $"\"{_prefix}{key}\" must be a single value, not a list or a block.");
        return null;
    }

    public bool? YesNo(string key, bool required = false)
    {
        var value = Value(key, required);
        if (value is null) return null;
        if (value is YamlText { Value: var raw })
        {
            switch (raw.Trim().ToLowerInvariant())
            {
                case "ja" or "true": return true;
                case "nein" or "false": return false;
            }
        }
        Error(value.Position, ProblemCodes.NotYesNo, $"\"{_prefix}{key}\" muss \"ja\" oder \"nein\" sein.",
            $"\"{_prefix}{key}\" must be \"ja\" (yes) or \"nein\" (no).");
        return null;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var value = Value(key, required);
        if (value is null) return null;
        if (value is YamlText text &&
            DateOnly.TryParseExact(text.Value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Error(value.Position, ProblemCodes.NotADate,
            $"\"{_prefix}{key}\" muss ein Datum der Form JJJJ-MM-TT sein, zum Beispiel 2026-09-15.",
            $"\"{_prefix}{key}\" must be a date in the form YYYY-MM-DD, for example 2026-09-15.");
        return null;
    }

    public TimeOnly? Time(string key, bool required = false)
    {
        var value = Value(key, required);
        if (value is null) return null;
        if (value is YamlText text &&
            TimeOnly.TryParseExact(text.Value.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        Error(value.Position, ProblemCodes.NotATime,
            $"\"{_prefix}{key}\" muss eine Uhrzeit der Form SS:MM in Anführungszeichen sein, zum Beispiel \"09:30\".",
            $"\"{_prefix}{key}\" must be a time in the form HH:MM in quotation marks, for example \"09:30\".");
        return null;
    }

    public double? Number(string key, bool required = false)
    {
        var value = Value(key, required);
        if (value is null) return null;
        if (value is YamlText text &&
            double.TryParse(text.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) &&
            double.IsFinite(number))
        {
            return number;
        }
        Error(value.Position, ProblemCodes.NotANumber,
            $"\"{_prefix}{key}\" muss eine Zahl mit Punkt als Dezimaltrennzeichen sein, zum Beispiel 51.4370.",
            $"\"{_prefix}{key}\" must be a number with a point as the decimal separator, for example 51.4370.");
        return null;
    }

    /// <summary>A list of single words such as codes or list values; a single word without brackets is accepted as a list of one.</summary>
    public IReadOnlyList<string> Words(string key, bool required = false)
    {
        var value = Value(key, required);
        switch (value)
        {
            case null:
                return [];
            case YamlText single:
                _context.Positions.Remember($"{_prefix}{key}[0]", single.Position);
                return [single.Value.Trim()];
            case YamlList list:
            {
                var words = new List<string>(list.Items.Count);
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (list.Items[i] is YamlText item)
                    {
                        _context.Positions.Remember($"{_prefix}{key}[{i}]", item.Position);
                        words.Add(item.Value.Trim());
                    }
                    else
                    {
                        Error(list.Items[i].Position, ProblemCodes.WrongType,
                            $"Jeder Eintrag in \"{_prefix}{key}\" muss ein einzelner Wert sein.",
                            $"Each entry in \"{_prefix}{key}\" must be a single value.");
                    }
                }
                return words;
            }
            default:
                Error(value.Position, ProblemCodes.WrongType,
                    $"\"{_prefix}{key}\" muss eine Liste sein, zum Beispiel [wert1, wert2].",
                    $"\"{_prefix}{key}\" must be a list, for example [value1, value2].");
                return [];
        }
    }

    /// <summary>A text per language ("de: …", "tr: …"); the source language is required whenever the field is present.</summary>
    public LocalizedText? Localized(string key, bool required = false)
    {
        var value = Value(key, required);
        if (value is null) return null;
        if (value is not YamlMap map)
        {
            Error(value.Position, ProblemCodes.WrongType,
                $"\"{_prefix}{key}\" braucht eine Zeile je Sprache, eingerückt darunter, zum Beispiel \"  {_context.SourceLanguage}: Text\".",
                $"\"{_prefix}{key}\" needs one line per language, indented below it, for example \"  {_context.SourceLanguage}: Text\".");
            return null;
        }
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        // Most texts have no translation with a fingerprint: the dictionary is made only when one comes.
        SortedDictionary<string, string>? fingerprints = null;
        foreach (var entry in map.Entries)
        {
            var path = $"{_prefix}{key}.{entry.Key.Value}";
            _context.Positions.Remember(path, entry.Value.Position);
            if (SourceFingerprint.IsKey(entry.Key.Value, out var translated))
            {
                if (entry.Value is YamlText { Value: var recorded } && SourceFingerprint.IsWellFormed(recorded.Trim()))
                {
                    (fingerprints ??= new SortedDictionary<string, string>(StringComparer.Ordinal))[translated] = recorded.Trim();
                }
                else
                {
                    Error(entry.Value.Position, ProblemCodes.BadSourceFingerprint,
                        $"\"{path}\" muss der Fingerabdruck des deutschen Textes sein (acht Zeichen 0–9 und a–f), aus dem die Übersetzung gemacht wurde. Löschen Sie die Zeile, wenn Sie ihn nicht kennen.",
                        $"\"{path}\" must be the fingerprint of the source text (eight characters 0–9 and a–f) the translation was made from. Delete the line if you do not know it.");
                }
                continue;
            }
            if (entry.Value is not YamlText text)
            {
                Error(entry.Value.Position, ProblemCodes.WrongType,
                    $"Der Text \"{path}\" muss ein Text sein; mehrzeilige Texte beginnen mit \"|\".",
                    $"\"{path}\" must be a text; texts with several lines start with \"|\".");
                continue;
            }
            if (string.IsNullOrWhiteSpace(text.Value))
            {
                if (!text.IsPlain)
                {
                    _context.Diagnostics.Warning(text.Position, ProblemCodes.EmptyText,
                        $"Der Text \"{path}\" ist leer und wird nicht angezeigt. Tragen Sie den Text ein oder löschen Sie die Zeile.",
                        $"The text \"{path}\" is empty and will not be shown. Enter the text or delete the line.");
                }
                continue;
            }
            texts[entry.Key.Value] = text.Value.TrimEnd();
            _context.Positions.Remember(path + "@key", entry.Key.Position);
            if (text.IsBlock) _context.Positions.MarkBlock(path);
        }
        if (!texts.ContainsKey(_context.SourceLanguage))
        {
            Error(map.Position, ProblemCodes.GermanTextMissing,
                $"\"{_prefix}{key}\" hat keinen Text in der Quellsprache \"{_context.SourceLanguage}\". Ergänzen Sie eine Zeile \"  {_context.SourceLanguage}: …\"; andere Sprachen sind freiwillig.",
                $"\"{_prefix}{key}\" has no text in the source language \"{_context.SourceLanguage}\". Add a line \"  {_context.SourceLanguage}: …\"; other languages are optional.");
            return null;
        }
        if (fingerprints is null) return new LocalizedText(texts);
        foreach (var language in fingerprints.Keys.Where(l => !texts.ContainsKey(l)).ToList())
        {
            _context.Diagnostics.Warning(_context.Positions.Of($"{_prefix}{key}.{SourceFingerprint.KeyFor(language)}"), ProblemCodes.BadSourceFingerprint,
                $"\"{_prefix}{key}.{SourceFingerprint.KeyFor(language)}\" gehört zu keiner Übersetzung: Es gibt keinen Text \"{language}\". Löschen Sie die Zeile.",
                $"\"{_prefix}{key}.{SourceFingerprint.KeyFor(language)}\" belongs to no translation: there is no text \"{language}\". Delete the line.");
            fingerprints.Remove(language);
        }
        return new LocalizedText(texts)
        {
            SourceFingerprints = fingerprints,
            SourceTextFingerprint = SourceFingerprint.Of(texts[_context.SourceLanguage]),
        };
    }

    public FieldReader? Block(string key, bool required = false)
    {
        var value = Value(key, required);
        if (value is null) return null;
        if (value is YamlMap map) return new FieldReader(map, $"{_prefix}{key}.", _context);
        Error(value.Position, ProblemCodes.WrongType,
            $"\"{_prefix}{key}\" braucht eingerückte Unterfelder in den Zeilen darunter.",
            $"\"{_prefix}{key}\" needs indented sub-fields in the lines below it.");
        return null;
    }

    public IReadOnlyList<FieldReader> Blocks(string key)
    {
        var value = Value(key);
        if (value is null) return [];
        if (value is not YamlList list)
        {
            Error(value.Position, ProblemCodes.WrongType,
                $"\"{_prefix}{key}\" muss eine Liste sein; jeder Eintrag beginnt mit \"- \".",
                $"\"{_prefix}{key}\" must be a list; each entry starts with \"- \".");
            return [];
        }
        var blocks = new List<FieldReader>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (IsEmpty(list.Items[i])) continue;
            if (list.Items[i] is YamlMap map) blocks.Add(new FieldReader(map, $"{_prefix}{key}[{i}].", _context));
            else Error(list.Items[i].Position, ProblemCodes.WrongType,
                $"Jeder Eintrag in \"{_prefix}{key}\" braucht Unterfelder (zum Beispiel \"tage:\", \"von:\", \"bis:\").",
                $"Each entry in \"{_prefix}{key}\" needs sub-fields (for example \"tage:\", \"von:\", \"bis:\").");
        }
        return blocks;
    }

    /// <summary>Reports every field of this block that no reader asked for, with a suggestion for typos.</summary>
    public void Finish()
    {
        foreach (var entry in _map.Entries)
        {
            if (_asked.Contains(entry.Key.Value)) continue;
            Error(entry.Key.Position, ProblemCodes.UnknownField,
                $"Das Feld \"{_prefix}{entry.Key.Value}\" gibt es hier nicht. {Suggestions.Hint(entry.Key.Value, _asked.Distinct())}",
                $"There is no field \"{_prefix}{entry.Key.Value}\" here. {Suggestions.EnglishHint(entry.Key.Value, _asked.Distinct())}");
        }
    }

    private void Error(SourcePosition position, string code, string message, string english) =>
        _context.Diagnostics.Error(position, code, message, english);

    /// <summary>
    /// Empty values count as absent: "telefon:" with nothing after it, "[]", and blocks or list entries whose
    /// fields are all empty, as the "new" command writes them for an editor to fill in.
    /// </summary>
    private static bool IsEmpty(YamlValue value) => value switch
    {
        // The nulls of YAML 1.2, as editors' tools read them.
        YamlText { IsPlain: true } text => text.Value is "" or "~" or "null" or "Null" or "NULL",
        YamlList list => list.Items.All(IsEmpty),
        YamlMap map => map.Entries.All(e => IsEmpty(e.Value)),
        _ => false,
    };
}
