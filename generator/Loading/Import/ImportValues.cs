using System.Globalization;

namespace Angebotsverzeichnis.Loading.Import;

/// <summary>
/// How imported values are normalised before they are written, so that our loader reads back exactly what was
/// imported: line breaks become "\n", single values lose surrounding white space (the loader trims them),
/// texts lose trailing white space (the loader trims that too), empty values count as absent, lists lose repeats.
/// </summary>
public static class ImportValues
{
    public static string NormaliseLineBreaks(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    /// <summary>A single value (not a text per language); null when empty.</summary>
    public static string? Single(string? text)
    {
        if (text is null) return null;
        var value = NormaliseLineBreaks(text).Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>One language's text of a localized field; null when empty.</summary>
    public static string? Text(string? text)
    {
        if (text is null) return null;
        var value = NormaliseLineBreaks(text).TrimEnd();
        return value.Trim().Length == 0 ? null : value;
    }

    /// <summary>List values, trimmed, without empty entries and repeats, in their first order.</summary>
    public static IReadOnlyList<string> List(IEnumerable<string?> items)
    {
        var result = new List<string>();
        foreach (var item in items)
        {
            var value = Single(item);
            if (value is not null && !result.Contains(value, StringComparer.Ordinal)) result.Add(value);
        }
        return result;
    }

    /// <summary>"ja", "nein", "true", "false" (and spreadsheet spellings "wahr", "falsch") as a yes/no; otherwise the text as given.</summary>
    public static object YesNo(string text) => text.Trim().ToLowerInvariant() switch
    {
        "ja" or "true" or "wahr" => true,
        "nein" or "false" or "falsch" => false,
        _ => text.Trim(),
    };

    /// <summary>A date as JJJJ-MM-TT; German spreadsheets' TT.MM.JJJJ is turned into that; anything else stays as given for the validator to report.</summary>
    public static string Date(string text)
    {
        var value = text.Trim();
        return DateOnly.TryParseExact(value, ["d.M.yyyy", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value;
    }

    /// <summary>
    /// A number, with a decimal point ("7.335", older files) or a German decimal comma ("7,335", as spreadsheets and the
    /// site's own angebote.csv write it), as the record files write it: with a point. Anything else stays as given for the
    /// validator to report.
    /// </summary>
    public static string Number(string text)
    {
        var value = text.Trim();
        var comma = value.Replace(',', '.');
        return value.Count(c => c == ',') == 1 && !value.Contains('.') &&
               double.TryParse(comma, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? comma
            : value;
    }

    /// <summary>The first character that the record files refuse (control characters; tab and line break are allowed in texts), or null.</summary>
    public static (int Index, char Character)? ForbiddenCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\uFEFF' || char.IsSurrogate(c))
            {
                return (i, c);
            }
        }
        return null;
    }
}
