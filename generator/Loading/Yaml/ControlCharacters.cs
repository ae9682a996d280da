using System.Buffers;
using Angebotsverzeichnis.Diagnostics;

namespace Angebotsverzeichnis.Loading.Yaml;

/// <summary>Control characters are invisible in an editor and can corrupt pages and exports, so they are refused.</summary>
internal static class ControlCharacters
{
    /// <summary>The forbidden characters below U+0020; those from U+007F to U+009F are one range.</summary>
    private static readonly SearchValues<char> ForbiddenAscii =
        SearchValues.Create(Enumerable.Range(0, 0x20).Select(c => (char)c).Where(IsForbidden).ToArray());

    public static bool Check(string text, string displayPath, DiagnosticList diagnostics)
    {
        // Searching for them at vector speed first, as almost every file has none.
        if (!text.AsSpan().ContainsAny(ForbiddenAscii) && !text.AsSpan().ContainsAnyInRange('\u007F', '\u009F')) return true;
        int line = 1, column = 1;
        var clean = true;
        foreach (var c in text)
        {
            if (IsForbidden(c))
            {
                diagnostics.Error(new SourcePosition(displayPath, line, column), ProblemCodes.ControlCharacter,
                    $"Hier steht ein unsichtbares Steuerzeichen (U+{(int)c:X4}). Löschen Sie es; oft hilft es, die Zeile neu zu tippen.",
                    $"There is an invisible control character here (U+{(int)c:X4}). Delete it; retyping the line often helps.");
                clean = false;
            }
            if (c == '\n') { line++; column = 1; }
            else column++;
        }
        return clean;
    }

    private static bool IsForbidden(char c) =>
        (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}
