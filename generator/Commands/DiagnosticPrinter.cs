using Angebotsverzeichnis.Diagnostics;

namespace Angebotsverzeichnis.Commands;

/// <summary>Prints diagnostics as "path:line:column: error CODE: message" lines, or as GitHub Actions annotations.</summary>
internal sealed class DiagnosticPrinter(DiagnosticFormat format, MessageLanguage language)
{
    public void Print(DiagnosticList diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics.Sorted())
        {
            writer.WriteLine(format == DiagnosticFormat.GitHub ? GitHubAnnotation(diagnostic) : diagnostic.Format(language));
        }
    }

    public string Count(DiagnosticList diagnostics) => language == MessageLanguage.English
        ? $"{diagnostics.ErrorCount} errors, {diagnostics.WarningCount} warnings"
        : $"{diagnostics.ErrorCount} Fehler, {diagnostics.WarningCount} Warnungen";

    /// <summary>A workflow command that GitHub shows inline on the pull request's changed line.</summary>
    private string GitHubAnnotation(Diagnostic diagnostic)
    {
        var level = diagnostic.Severity == Severity.Error ? "error" : "warning";
        var p = diagnostic.Position;
        return $"::{level} file={Property(p.File)},line={p.Line},col={p.Column},title={Property(diagnostic.Code)}::{Data(diagnostic.MessageIn(language))}";
    }

    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
