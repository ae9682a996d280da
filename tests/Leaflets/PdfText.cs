using System.Text;

namespace Angebotsverzeichnis.Tests.Leaflets;

/// <summary>
/// Makes pdftotext's output comparable with the names in the records.
/// <para>
/// pdftotext returns right-to-left text as Unicode in logical order, but a line that mixes directions comes out as
/// its runs in visual order, each right-to-left run wrapped in U+202B … U+202C ("B1 ‫ إلى‬A1 ‫دورة الاندماج العامة من‬").
/// <see cref="Logical"/> puts the runs of such a line (whose paragraph is right-to-left) back into reading order
/// by reversing them. <see cref="Normalise"/> then drops what a PDF does not keep faithfully: white space (line
/// breaks and layout padding), bidi controls and joiners (ZWNJ in Persian), and Arabic combining marks
/// (harakat, shadda, hamza above), which pdftotext may put before instead of after their base letter.
/// Letters and their order are compared exactly; unshaped or missing Arabic glyphs fail the comparison.
/// </para>
/// </summary>
public static class PdfText
{
    private const char RightToLeftEmbedding = '\u202B';
    private const char PopDirectionalFormatting = '\u202C';

    public static string Logical(string text) => string.Join('\n', text.Split('\n').Select(LogicalLine));

    private static string LogicalLine(string line)
    {
        if (!line.Contains(RightToLeftEmbedding)) return line;
        var runs = new List<string>();
        var current = new StringBuilder();
        foreach (var c in line)
        {
            if (c is RightToLeftEmbedding or PopDirectionalFormatting)
            {
                if (current.Length > 0) runs.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        if (current.Length > 0) runs.Add(current.ToString());
        runs.Reverse();
        return string.Concat(runs);
    }

    public static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            if (c is >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u00AD') continue;
            if (c is >= '\u064B' and <= '\u065F' or '\u0670') continue;
            result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>Whether the text has letters of the Arabic script (as used for Arabic and Persian).</summary>
    public static bool HasArabicLetters(string text) => text.Any(c => c is >= '\u0620' and <= '\u064A' or >= '\u066E' and <= '\u06D3' or >= '\u06FA' and <= '\u06FF');

    /// <summary>Arabic presentation forms: what unshaped or badly extracted text would contain instead of the letters.</summary>
    public static bool HasPresentationForms(string text) => text.Any(c => c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFC');
}
