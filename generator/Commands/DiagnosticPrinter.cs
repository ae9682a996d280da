using Angebotsverzeichnis.Diagnostics;

namespace Angebotsverzeichnis.Commands;

internal static class DiagnosticPrinter
{
    public static void Print(DiagnosticList diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics.Sorted()) writer.WriteLine(diagnostic);
    }

    public static string Count(DiagnosticList diagnostics) =>
        $"{diagnostics.ErrorCount} Fehler, {diagnostics.WarningCount} Warnungen";
}
