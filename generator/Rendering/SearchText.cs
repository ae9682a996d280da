using System.Globalization;
using System.Text;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// Folds texts for searching without regard to case and diacritics. A German umlaut is indexed both ways, so
/// "Guelhan" and "Gulhan" find "Gülhan", and "Dusseldorf" finds "Düsseldorf". The search script folds the query
/// with the same rules (see templates/assets/search.js).
/// </summary>
public static class SearchText
{
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Replace("ß", "ss").Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) continue;
            folded.Append(c switch
            {
                'ı' => 'i',
                'ł' => 'l',
                'ø' => 'o',
                'đ' => 'd',
                'ё' => 'е',
                'ي' or 'ى' => 'ی',
                'ك' => 'ک',
                _ => char.IsWhiteSpace(c) || char.IsPunctuation(c) ? ' ' : c,
            });
        }
        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The folded text, plus the German transliteration (ä → ae …) where it differs.</summary>
    public static string Index(string text)
    {
        var folded = Fold(text);
        var lowered = text.ToLowerInvariant();
        if (lowered.IndexOfAny(['ä', 'ö', 'ü']) < 0) return folded;
        var transliterated = Fold(lowered.Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue"));
        return folded + " " + transliterated;
    }
}
