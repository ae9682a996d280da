using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Validation;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Loading.Import;

/// <summary>
/// Turns one JSON object into an <see cref="ImportedOffer"/>. Accepts our own German field names (as in the record
/// files, blocks as objects, texts as objects per language) and the English names of <see cref="EnglishFieldNames"/>,
/// with kind-specific fields either at the top or under "details". Problems of the object itself (no id, unknown kind,
/// unknown key, a value of the wrong JSON type) are reported at their place in the input and the record is skipped;
/// values are not judged here, the validator does that on the written file.
/// </summary>
internal sealed class JsonOfferConverter(string sourceLanguage, DiagnosticList diagnostics, Func<int, SourcePosition> at)
{
    private bool _failed;

    public ImportedOffer? Convert(JsonItem root)
    {
        _failed = false;
        if (root is not JsonObjectItem record)
        {
            Error(root.Offset, ProblemCodes.ImportNotAnObject,
                "Hier steht kein JSON-Objekt. Jede Zeile beschreibt genau ein Angebot als Objekt: {\"id\": …, \"art\": …, …}.",
                "This is not a JSON object. Each line describes exactly one offer as an object: {\"id\": …, \"kind\": …, …}.");
            return null;
        }
        CheckDuplicateKeys(record);
        var id = ReadId(record);
        var kind = ReadKind(record);
        if (id is null || kind is null || _failed) return null;

        var offer = new ImportedOffer(id, kind, at(record.Offset));
        var fields = RecordFormat.Fields(kind);
        var aliases = EnglishFieldNames.Common.Concat(kind.EnglishFields).ToDictionary(a => a.Key, StringComparer.Ordinal);
        foreach (var property in record.Properties)
        {
            // The page addresses of the open data are the generator's to make, not a field.
            if (property.Name is "id" or "kind" or "art" or CsvColumns.PageAddresses) continue;
            if (property.Name == EnglishFieldNames.Details)
            {
                ReadDetails(offer, property);
                continue;
            }
            var spec = fields.FirstOrDefault(f => f.Name == property.Name);
            if (spec is not null) Set(offer.Values, spec, property.Name, property.Value, null);
            else if (aliases.TryGetValue(property.Name, out var alias)) SetAlias(offer, alias, property);
            else UnknownKey(property, kind, [.. fields.Select(f => f.Name), .. aliases.Keys, EnglishFieldNames.Details], "");
        }
        return _failed ? null : offer;
    }

    private string? ReadId(JsonObjectItem record)
    {
        var property = record.Properties.FirstOrDefault(p => p.Name == "id");
        var id = property?.Value switch
        {
            JsonStringItem text => text.Value.Trim(),
            JsonNumberItem number => number.Text,
            _ => null,
        };
        if (string.IsNullOrEmpty(id))
        {
            Error(property?.Value.Offset ?? record.Offset, ProblemCodes.ImportMissingId,
                "Dem Angebot fehlt die Kennung \"id\" (zum Beispiel \"vhs-witten-integrationskurs-a1\"); sie wird der Dateiname. Das Angebot wird nicht importiert.",
                "The offer has no \"id\" (for example \"vhs-witten-integrationskurs-a1\"); it becomes the file name. The offer is not imported.");
            return null;
        }
        if (!ContactFormats.IsSlug(id))
        {
            Error(property!.Value.Offset, ProblemCodes.ImportBadId,
                $"Die Kennung \"{id}\" ist nicht erlaubt: nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, höchstens 80 Zeichen, zum Beispiel \"{ContentValidator.SuggestSlug(id)}\". Das Angebot wird nicht importiert.",
                $"The id \"{id}\" is not allowed: only lower-case letters a–z, digits and single hyphens, at most 80 characters, for example \"{ContentValidator.SuggestSlug(id)}\". The offer is not imported.");
            return null;
        }
        return id;
    }

    private OfferKind? ReadKind(JsonObjectItem record)
    {
        var property = record.Properties.FirstOrDefault(p => p.Name is "art" or "kind");
        var allowed = ImportKinds.Names;
        if (record.Properties.Count(p => p.Name is "art" or "kind") > 1)
        {
            Duplicate(record.Properties.Last(p => p.Name is "art" or "kind").Value, "art");
            return null;
        }
        if (property?.Value is not JsonStringItem { Value: var text })
        {
            Error(property?.Value.Offset ?? record.Offset, ProblemCodes.ImportUnknownKind,
                $"Dem Angebot fehlt die Art (\"art\" oder \"kind\"): eine von {string.Join(", ", allowed)}. Das Angebot wird nicht importiert.",
                $"The offer has no kind (\"art\" or \"kind\"): one of {string.Join(", ", allowed)}. The offer is not imported.");
            return null;
        }
        var kind = ImportKinds.Parse(text);
        if (kind is null)
        {
            Error(property.Value.Offset, ProblemCodes.ImportUnknownKind,
                $"\"{text}\" ist keine Art von Angebot. {Suggestions.Hint(text, allowed)} Das Angebot wird nicht importiert.",
                $"\"{text}\" is not a kind of offer. {Suggestions.EnglishHint(text, allowed)} The offer is not imported.");
        }
        return kind;
    }

    private void ReadDetails(ImportedOffer offer, JsonProperty details)
    {
        if (details.Value is JsonNullItem) return;
        if (details.Value is not JsonObjectItem block)
        {
            WrongType(details.Value, "details", "ein Objekt mit den Feldern der Angebotsart", "an object with the fields of the kind of offer");
            return;
        }
        CheckDuplicateKeys(block);
        var aliases = offer.Kind.EnglishFields.ToDictionary(a => a.Key, StringComparer.Ordinal);
        var specific = RecordFormat.Specific(offer.Kind);
        foreach (var property in block.Properties)
        {
            var spec = specific.FirstOrDefault(f => f.Name == property.Name);
            if (spec is not null) Set(offer.Values, spec, property.Name, property.Value, null);
            else if (aliases.TryGetValue(property.Name, out var alias)) SetAlias(offer, alias, property);
            else UnknownKey(property, offer.Kind, [.. specific.Select(f => f.Name), .. aliases.Keys], "details.");
        }
    }

    private void SetAlias(ImportedOffer offer, FieldAlias alias, JsonProperty property)
    {
        var target = offer.Values;
        var specs = RecordFormat.Fields(offer.Kind);
        var names = alias.Path.Split('.');
        FieldSpec spec = specs.First(f => f.Name == names[0]);
        for (var i = 1; i < names.Length; i++)
        {
            target = target.Block(spec.Name, at(property.NameOffset))!;
            spec = spec.Children.First(c => c.Name == names[i]);
        }
        switch (alias.Conversion)
        {
            case AliasConversion.LanguagePairs:
                var pairs = LanguagePairs(property.Value);
                if (pairs is not null) Put(target, spec.Name, pairs, property.Value);
                break;
            case AliasConversion.JoinedGermanText when property.Value is JsonArrayItem array:
                var parts = Strings(array, alias.Key);
                var joined = parts is null ? null : ImportValues.Text(string.Join(", ", ImportValues.List(parts)));
                if (joined is not null) Put(target, spec.Name, new LocalizedValues([new(sourceLanguage, joined)]), property.Value);
                break;
            default:
                Set(target, spec, alias.Key, property.Value, alias.Values);
                break;
        }
    }

    /// <summary>Sets one field from its JSON value, by the field's type; null and empty values count as absent.</summary>
    private void Set(RecordValues target, FieldSpec spec, string path, JsonItem item, IReadOnlyDictionary<string, string>? translate)
    {
        if (item is JsonNullItem) return;
        switch (spec.Type)
        {
            case FieldType.LocalizedText or FieldType.LocalizedMarkdown:
            {
                var texts = Localized(item, path);
                if (texts is not null && texts.Texts.Count > 0) Put(target, spec.Name, texts, item);
                return;
            }
            case FieldType.LanguageCodes or FieldType.ListValues or FieldType.Towns:
            {
                IReadOnlyList<string>? items = item switch
                {
                    JsonStringItem one => [one.Value],
                    JsonArrayItem array => Strings(array, path),
                    _ => null,
                };
                if (items is null)
                {
                    if (item is not JsonArrayItem) WrongType(item, path, "eine Liste von Werten, zum Beispiel [\"de\", \"tr\"]", "a list of values, for example [\"de\", \"tr\"]");
                    return;
                }
                var list = ImportValues.List(items.Select(v => translate is not null && translate.TryGetValue(v.Trim(), out var ours) ? ours : v));
                if (list.Count > 0) Put(target, spec.Name, list, item);
                return;
            }
            case FieldType.YesNo:
                switch (item)
                {
                    case JsonBooleanItem yes: Put(target, spec.Name, yes.Value, item); return;
                    case JsonStringItem yesNo when ImportValues.Single(yesNo.Value) is { } value: Put(target, spec.Name, ImportValues.YesNo(value), item); return;
                    case JsonStringItem: return;
                    default: WrongType(item, path, "true oder false (oder \"ja\"/\"nein\")", "true or false (or \"ja\"/\"nein\")"); return;
                }
            case FieldType.Block:
            {
                if (item is not JsonObjectItem block)
                {
                    WrongType(item, path, $"ein Objekt mit den Feldern {string.Join(", ", spec.Children.Select(c => c.Name))}", $"an object with the fields {string.Join(", ", spec.Children.Select(c => c.Name))}");
                    return;
                }
                CheckDuplicateKeys(block);
                var values = target.Block(spec.Name, at(item.Offset));
                if (values is null)
                {
                    Duplicate(item, path);
                    return;
                }
                SetChildren(values, spec, path, block);
                return;
            }
            case FieldType.BlockList:
            {
                if (item is not JsonArrayItem array || array.Items.Any(i => i is not (JsonObjectItem or JsonNullItem)))
                {
                    WrongType(item, path, "eine Liste von Objekten", "a list of objects");
                    return;
                }
                var entries = new List<RecordValues>();
                foreach (var entry in array.Items.OfType<JsonObjectItem>())
                {
                    CheckDuplicateKeys(entry);
                    var values = new RecordValues(at(entry.Offset));
                    SetChildren(values, spec, $"{path}[{entries.Count}]", entry);
                    values.RemoveEmptyBlocks();
                    if (values.Names.Any()) entries.Add(values);
                }
                if (entries.Count > 0) Put(target, spec.Name, (IReadOnlyList<RecordValues>)entries, item);
                return;
            }
        }
        var text = item switch
        {
            JsonStringItem s => s.Value,
            JsonNumberItem n => n.Text,
            _ => null,
        };
        if (text is null)
        {
            WrongType(item, path, "ein einzelner Wert (Text oder Zahl)", "a single value (text or number)");
            return;
        }
        var single = ImportValues.Single(text);
        if (single is null) return;
        if (translate is not null && translate.TryGetValue(single, out var translated)) single = translated;
        Put(target, spec.Name, spec.Type switch
        {
            FieldType.Date => ImportValues.Date(single),
            _ => single,
        }, item);
    }

    private void SetChildren(RecordValues values, FieldSpec spec, string path, JsonObjectItem block)
    {
        foreach (var property in block.Properties)
        {
            var child = spec.Children.FirstOrDefault(c => c.Name == property.Name);
            if (child is null)
            {
                var names = spec.Children.Select(c => c.Name).ToList();
                Error(property.NameOffset, ProblemCodes.ImportUnknownField,
                    $"Das Feld \"{path}.{property.Name}\" gibt es nicht. {Suggestions.Hint(property.Name, names)} Das Angebot wird nicht importiert.",
                    $"There is no field \"{path}.{property.Name}\". {Suggestions.EnglishHint(property.Name, names)} The offer is not imported.");
                continue;
            }
            Set(values, child, $"{path}.{child.Name}", property.Value, null);
        }
    }

    private LocalizedValues? Localized(JsonItem item, string path)
    {
        switch (item)
        {
            case JsonStringItem single:
                var text = ImportValues.Text(single.Value);
                return new LocalizedValues(text is null ? [] : [new(sourceLanguage, text)]);
            case JsonObjectItem perLanguage:
                CheckDuplicateKeys(perLanguage);
                var texts = new List<KeyValuePair<string, string>>();
                foreach (var property in perLanguage.Properties)
                {
                    if (property.Value is JsonNullItem) continue;
                    if (property.Value is not JsonStringItem value)
                    {
                        WrongType(property.Value, $"{path}.{property.Name}", "ein Text", "a text");
                        continue;
                    }
                    if (ImportValues.Text(value.Value) is { } clean) texts.Add(new(property.Name.Trim(), clean));
                }
                return new LocalizedValues(texts);
            default:
                WrongType(item, path, $"ein Objekt mit einem Text je Sprache, zum Beispiel {{\"{sourceLanguage}\": \"…\"}}", $"an object with one text per language, for example {{\"{sourceLanguage}\": \"…\"}}");
                return null;
        }
    }

    /// <summary>[["de", "tr"], ["de", "ar"]] → [tr, ar]; single codes are taken as they are.</summary>
    private IReadOnlyList<string>? LanguagePairs(JsonItem item)
    {
        if (item is not JsonArrayItem array)
        {
            WrongType(item, "language_pairs", "eine Liste von Sprachpaaren, zum Beispiel [[\"de\", \"tr\"]]", "a list of language pairs, for example [[\"de\", \"tr\"]]");
            return null;
        }
        var codes = new List<string>();
        foreach (var entry in array.Items)
        {
            switch (entry)
            {
                case JsonStringItem code:
                    codes.Add(code.Value);
                    break;
                case JsonArrayItem pair when Strings(pair, "language_pairs") is { } languages:
                    var clean = languages.Select(l => l.Trim()).ToList();
                    if (!clean.Contains(sourceLanguage))
                    {
                        Error(entry.Offset, ProblemCodes.ImportWrongType,
                            $"Das Sprachpaar [{string.Join(", ", clean)}] enthält kein Deutsch (\"{sourceLanguage}\"); im Verzeichnis wird immer zwischen Deutsch und einer anderen Sprache gedolmetscht. Das Angebot wird nicht importiert.",
                            $"The language pair [{string.Join(", ", clean)}] does not include German (\"{sourceLanguage}\"); the directory lists interpreting between German and another language only. The offer is not imported.");
                        return null;
                    }
                    var others = clean.Where(l => l != sourceLanguage).ToList();
                    codes.AddRange(others.Count > 0 ? others : [sourceLanguage]);
                    break;
                case JsonArrayItem:
                    return null;
                default:
                    WrongType(entry, "language_pairs", "ein Sprachpaar wie [\"de\", \"tr\"]", "a language pair such as [\"de\", \"tr\"]");
                    return null;
            }
        }
        var list = ImportValues.List(codes);
        return list.Count > 0 ? list : null;
    }

    private List<string>? Strings(JsonArrayItem array, string path)
    {
        var strings = new List<string>(array.Items.Count);
        foreach (var item in array.Items)
        {
            switch (item)
            {
                case JsonStringItem text: strings.Add(text.Value); break;
                case JsonNumberItem number: strings.Add(number.Text); break;
                case JsonNullItem: break;
                default:
                    WrongType(item, path, "ein einzelner Wert", "a single value");
                    return null;
            }
        }
        return strings;
    }

    private void Put(RecordValues target, string name, object value, JsonItem item)
    {
        if (!target.TrySet(name, value, at(item.Offset))) Duplicate(item, name);
    }

    private void CheckDuplicateKeys(JsonObjectItem item)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in item.Properties)
        {
            if (seen.Add(property.Name)) continue;
            Error(property.NameOffset, ProblemCodes.ImportDuplicateField,
                $"Der Schlüssel \"{property.Name}\" steht zweimal in diesem Objekt. Das Angebot wird nicht importiert.",
                $"The key \"{property.Name}\" appears twice in this object. The offer is not imported.");
        }
    }

    private void Duplicate(JsonItem item, string name) => Error(item.Offset, ProblemCodes.ImportDuplicateField,
        $"Das Feld \"{name}\" ist doppelt angegeben (etwa mit deutschem und englischem Namen). Das Angebot wird nicht importiert.",
        $"The field \"{name}\" is given twice (for example under its German and its English name). The offer is not imported.");

    private void UnknownKey(JsonProperty property, OfferKind kind, IReadOnlyList<string> candidates, string prefix)
    {
        var other = OfferKinds.All.Where(k => k != kind).Cast<OfferKind?>().FirstOrDefault(k =>
            k!.Fields.Any(f => f.Name == property.Name) || k.EnglishFields.Any(a => a.Key == property.Name));
        if (other is not null)
        {
            Error(property.NameOffset, ProblemCodes.ImportFieldNotForKind,
                $"Das Feld \"{prefix}{property.Name}\" gehört zu {other.Folder}, dieses Angebot ist aber {kind.Folder}. Das Angebot wird nicht importiert.",
                $"The field \"{prefix}{property.Name}\" belongs to {other.Folder}, but this offer is {kind.Folder}. The offer is not imported.");
            return;
        }
        Error(property.NameOffset, ProblemCodes.ImportUnknownField,
            $"Das Feld \"{prefix}{property.Name}\" gibt es nicht. {Suggestions.Hint(property.Name, candidates)} Das Angebot wird nicht importiert.",
            $"There is no field \"{prefix}{property.Name}\". {Suggestions.EnglishHint(property.Name, candidates)} The offer is not imported.");
    }

    private void WrongType(JsonItem item, string path, string expected, string expectedEnglish) => Error(item.Offset, ProblemCodes.ImportWrongType,
        $"\"{path}\" muss {expected} sein. Das Angebot wird nicht importiert.",
        $"\"{path}\" must be {expectedEnglish}. The offer is not imported.");

    private void Error(int offset, string code, string message, string english)
    {
        _failed = true;
        diagnostics.Error(at(offset), code, message, english);
    }
}

/// <summary>The names a kind of offer may be given by in an import: our folder names and the English ones.</summary>
public static class ImportKinds
{
    public static OfferKind? Parse(string text)
    {
        var name = text.Trim();
        return OfferKinds.FromFolder(name) ?? OfferKinds.FromEnglishName(name);
    }

    public static IReadOnlyList<string> Names => [.. OfferKinds.All.Select(k => k.Folder), .. OfferKinds.All.Select(k => k.EnglishName)];
}
