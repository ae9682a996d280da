using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Kinds;
using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;

namespace Angebotsverzeichnis.Validation;

/// <summary>
/// The checks of one record that every field of a kind gets by its declaration (list values, language codes, towns),
/// and the building blocks a kind's own rules use, so that each problem is reported in the same words whichever
/// kind has it.
/// </summary>
public sealed class RecordChecks(Offer offer, SiteSettings settings, ValidationOptions options, DiagnosticList diagnostics)
{
    public ClosedLists Lists => settings.Lists;

    /// <summary>The day the build judges dates by.</summary>
    public DateOnly Today => options.Today;

    /// <summary>Every value of a closed list, language code or town name among the declared fields.</summary>
    public void CheckDeclared(IReadOnlyList<FieldSpec> fields, FieldValues values)
    {
        foreach (var field in fields)
        {
            switch (field.Type)
            {
                case FieldType.ListValue: CheckInList(field.Name, values.Text(field), field.List!); break;
                case FieldType.ListValues: CheckInList(field.Name, values.Words(field), field.List!); break;
                case FieldType.LanguageCodes: CheckLanguageCodes(field.Name, values.Words(field)); break;
                case FieldType.Towns: CheckTowns(field.Name, values.Words(field)); break;
            }
        }
    }

    public void CheckTown(string path, string town)
    {
        if (settings.TownNamed(town) is not null) return;
        Error(path, ProblemCodes.UnknownTown,
            $"\"{town}\" ist keine Stadt des Kreises. {Loading.Suggestions.Hint(town, settings.Towns.Select(t => t.Name))}",
            $"\"{town}\" is not a town in the district. {Loading.Suggestions.EnglishHint(town, settings.Towns.Select(t => t.Name))}");
    }

    private void CheckTowns(string field, IReadOnlyList<string> towns)
    {
        for (var i = 0; i < towns.Count; i++) CheckTown($"{field}[{i}]", towns[i]);
    }

    /// <summary>A name whose letters a direction control would reorder.</summary>
    public void CheckName(string path, string text)
    {
        var at = InvisibleCharacters.InName(text);
        if (at < 0) return;
        Error(path, ProblemCodes.InvisibleCharacter,
            $"\"{path}\" enthält ein unsichtbares Richtungszeichen (U+{(int)text[at]:X4}, Zeichen {at + 1}), das die Buchstaben anders anzeigt, als sie dastehen. Löschen Sie es; am sichersten tippen Sie den Namen neu.",
            $"\"{path}\" contains an invisible direction character (U+{(int)text[at]:X4}, character {at + 1}) that shows the letters other than they are. Delete it; retyping the name is safest.");
    }

    /// <summary>A link or address with a character that shows nothing.</summary>
    public void CheckLink(string path, string? text)
    {
        if (text is null) return;
        var at = InvisibleCharacters.InLink(text);
        if (at < 0) return;
        Error(path, ProblemCodes.InvisibleCharacter,
            $"\"{path}\" enthält ein unsichtbares Zeichen (U+{(int)text[at]:X4}, Zeichen {at + 1}); die Adresse sähe richtig aus und führte doch woandershin. Löschen Sie es; am sichersten tippen Sie die Adresse neu.",
            $"\"{path}\" contains an invisible character (U+{(int)text[at]:X4}, character {at + 1}); the address would look right and lead elsewhere. Delete it; retyping the address is safest.");
    }

    public void CheckLanguageCodes(string field, IReadOnlyList<string> codes)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            if (!IsoLanguageCodes.IsKnown(codes[i]))
            {
                Error($"{field}[{i}]", ProblemCodes.UnknownLanguageCode,
                    $"\"{codes[i]}\" ist kein Sprachcode nach ISO 639. Meist sind es zwei Buchstaben, zum Beispiel tr für Türkisch, ar für Arabisch, uk für Ukrainisch; Dari ist prs.",
                    $"\"{codes[i]}\" is not an ISO 639 language code. Mostly these are two letters, for example tr for Turkish, ar for Arabic, uk for Ukrainian; Dari is prs.");
            }
        }
        CheckNoDuplicates(field, codes);
    }

    public void CheckInList(string field, IReadOnlyList<string> values, string list)
    {
        for (var i = 0; i < values.Count; i++) CheckValue($"{field}[{i}]", values[i], list);
        CheckNoDuplicates(field, values);
    }

    public void CheckInList(string field, string? value, string list)
    {
        if (value is not null) CheckValue(field, value, list);
    }

    private void CheckValue(string path, string value, string list)
    {
        if (Lists.Contains(list, value)) return;
        Error(path, ProblemCodes.NotInList, $"\"{value}\" ist hier nicht erlaubt. {Loading.Suggestions.Hint(value, Lists[list])}",
            $"\"{value}\" is not allowed here. {Loading.Suggestions.EnglishHint(value, Lists[list])}");
    }

    private void CheckNoDuplicates(string field, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (values[i] != values[j]) continue;
                Warning($"{field}[{i}]", ProblemCodes.DuplicateValue, $"\"{values[i]}\" steht zweimal in \"{field}\".",
                    $"\"{values[i]}\" appears twice in \"{field}\".");
                break;
            }
        }
    }

    /// <summary>An error at the value of a field ("person.email", "zeiten[0].bis"), or at the record's start when it has none.</summary>
    public void Error(string path, string code, string message, string english) =>
        diagnostics.Error(offer.Positions.Of(path), code, message, english);

    public void Warning(string path, string code, string message, string english) =>
        diagnostics.Warning(offer.Positions.Of(path), code, message, english);
}
