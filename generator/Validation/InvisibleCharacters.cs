namespace Angebotsverzeichnis.Validation;

/// <summary>
/// Characters that show nothing but change what a reader sees or where a link goes. Direction controls (Unicode
/// embeddings, overrides and isolates) reorder the letters around them: a name could show one provider's name
/// while its text is another's. Zero-width characters make two addresses look the same. Marks that Arabic, Persian
/// or emoji need (the zero-width joiners, U+200C and U+200D, and the direction marks U+200E, U+200F, U+061C)
/// are allowed in names; in links and e-mail addresses nothing invisible is.
/// </summary>
public static class InvisibleCharacters
{
    public static bool IsDirectionControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    public static bool IsInvisible(char c) =>
        IsDirectionControl(c) || c is >= '\u200B' and <= '\u200F' or >= '\u2060' and <= '\u2064' or '\uFEFF' or '\u00AD' or '\u061C' or '\u180E' or '\u034F';

    /// <summary>The first direction control in a name, or -1.</summary>
    public static int InName(string text) => IndexOf(text, IsDirectionControl);

    /// <summary>The first invisible character in a link or address, or -1.</summary>
    public static int InLink(string text) => IndexOf(text, IsInvisible);

    private static int IndexOf(string text, Func<char, bool> test)
    {
        for (var i = 0; i < text.Length; i++) if (test(text[i])) return i;
        return -1;
    }
}
