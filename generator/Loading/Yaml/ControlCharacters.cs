using Angebotsverzeichnis.Diagnostics;

namespace Angebotsverzeichnis.Loading.Yaml;

/// <summary>Control characters are invisible in an editor and can corrupt pages and exports, so they are refused.</summary>
internal static class ControlCharacters
{
    public static bool Check(string text, string displayPath, DiagnosticList diagnostics)
    {
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
