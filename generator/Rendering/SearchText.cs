using System.Globalization;
using System.Text;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// Folds texts for searching without regard to case and diacritics. A German umlaut is indexed both ways, so
/// "Guelhan" and "Gulhan" find "Gülhan", and "Dusseldorf" finds "Düsseldorf". The search script folds the query
/// with the same rules (see templates/assets/site.js): lower case, ß → ss, canonical decomposition without the
/// combining marks, a few letters mapped, punctuation and white space runs as one space.
/// </summary>
public static class SearchText
{
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                Add(folded, AsciiFolded[c], ref space);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                foreach (var d in Decomposed(text.Substring(i++, 2)))
                {
                    if (FoldedForm(d) is { } letter) Add(folded, letter, ref space);
                }
            }
            else
            {
                // Letter by letter gives what the whole text gives: decomposition maps each letter on its own, and
                // the reordering of combining marks does not matter when they are all dropped.
                foreach (var letter in FoldedLetter(c)) Add(folded, letter, ref space);
            }
        }
        return folded.ToString();
    }

    /// <summary>Adds a folded letter, or notes a <see cref="Separator"/>: a run of them becomes one space between words.</summary>
    private static void Add(StringBuilder folded, char letter, ref bool space)
    {
        if (letter == Separator)
        {
            space = folded.Length > 0;
            return;
        }
        if (space) folded.Append(' ');
        space = false;
        folded.Append(letter);
    }

    /// <summary>
    /// A letter's decomposition folded, worked out once per letter: its folded letters, <see cref="Separator"/> for
    /// white space and punctuation, combining marks dropped. Arabic, Cyrillic and Persian records consist of such
    /// letters, so a lookup in an array is what each of their letters costs.
    /// </summary>
    private static string FoldedLetter(char c)
    {
        var known = FoldedLetters[c];
        if (known is not null) return known;
        var folded = new StringBuilder();
        foreach (var d in Decomposed(c.ToString()))
        {
            if (FoldedForm(d) is { } letter) folded.Append(letter);
        }
        // Threads that meet a new letter at once work out the same string; either may stay.
        return FoldedLetters[c] = folded.ToString();
    }

    private static readonly string?[] FoldedLetters = new string?[char.MaxValue + 1];

    /// <summary>Stands for white space and punctuation in <see cref="AsciiFolded"/>; no letter folds to it.</summary>
    private const char Separator = ' ';

    /// <summary>Most letters of most records are ASCII: their folded form, or <see cref="Separator"/>, looked up instead of worked out.</summary>
    private static readonly char[] AsciiFolded = Enumerable.Range(0, 0x80)
        .Select(i => (char)i)
        .Select(c => char.IsWhiteSpace(c) || char.IsPunctuation(c) ? Separator : char.ToLowerInvariant(c))
        .ToArray();

    /// <summary>One character of a decomposition as the index holds it: none for a combining mark.</summary>
    private static char? FoldedForm(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) return null;
        return char.IsWhiteSpace(c) || char.IsPunctuation(c) ? Separator : Mapped(c);
    }

    private static char Mapped(char c) => c switch
    {
        'ı' => 'i',
        'ł' => 'l',
        'ø' => 'o',
        'đ' => 'd',
        'ё' => 'е',
        'ي' or 'ى' => 'ی',
        'ك' => 'ک',
        _ => c,
    };

    /// <summary>One letter (or surrogate pair) lowered and canonically decomposed; a lone surrogate as it is.</summary>
    private static string Decomposed(string letter)
    {
        var lowered = letter.ToLowerInvariant().Replace("ß", "ss");
        return letter.Length == 1 && char.IsSurrogate(letter[0]) ? lowered : lowered.Normalize(NormalizationForm.FormD);
    }

    /// <summary>The folded text, plus the German transliteration (ä → ae …) where it differs.</summary>
    public static string Index(string text)
    {
        var folded = Fold(text);
        if (text.AsSpan().IndexOfAny("äöüÄÖÜ") < 0) return folded;
        var transliterated = Fold(text.ToLowerInvariant().Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue"));
        return folded + " " + transliterated;
    }
}
