using System.Collections.Concurrent;

namespace Angebotsverzeichnis.Diagnostics;

/// <summary>Collects the problems of one run; safe to fill from parallel loaders.</summary>
public sealed class DiagnosticList
{
    private readonly ConcurrentBag<Diagnostic> _items = new();

    /// <param name="message">The message in German, the editors' language.</param>
    /// <param name="englishMessage">The same message in English.</param>
    public void Error(SourcePosition position, string code, string message, string? englishMessage = null) =>
        _items.Add(new Diagnostic(position, Severity.Error, code, message, englishMessage ?? message));

    public void Warning(SourcePosition position, string code, string message, string? englishMessage = null) =>
        _items.Add(new Diagnostic(position, Severity.Warning, code, message, englishMessage ?? message));

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    public int WarningCount => _items.Count(d => d.Severity == Severity.Warning);

    /// <summary>Sorted by file, line and column, so that output is the same whatever order the loaders ran in.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => _items
        .Distinct()
        .OrderBy(d => d.Position.File, StringComparer.Ordinal)
        .ThenBy(d => d.Position.Line)
        .ThenBy(d => d.Position.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}
