using Angebotsverzeichnis.Diagnostics;

namespace Angebotsverzeichnis.Review;

/// <summary>
/// The problems the check finds after a change but not before it: a warning an editor's change brings in, such
/// as a missing translation or an outdated review date. Compared by file (relative to its content folder), code
/// and message, so that a problem that only moved to another line is not new.
/// </summary>
public static class NewProblems
{
    public static IReadOnlyList<Diagnostic> Find(string beforeContent, string afterContent, DateOnly today) =>
        Find(ReviewInputs.FromContentFolder(beforeContent), ReviewInputs.FromContentFolder(afterContent), today);

    public static IReadOnlyList<Diagnostic> Find(ReviewInputs before, ReviewInputs after, DateOnly today)
    {
        var known = Check(before, today).Select(d => Key(d, before.ContentDirectory)).ToHashSet();
        return Check(after, today).Where(d => !known.Contains(Key(d, after.ContentDirectory))).ToList();
    }

    /// <summary>The file a problem names, relative to the content folder ("sprachkurse/kurs.yaml"), or as given when it lies outside.</summary>
    public static string RelativeFile(Diagnostic diagnostic, string contentDirectory)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(contentDirectory), Path.GetFullPath(diagnostic.Position.File));
        return (relative.StartsWith("..", StringComparison.Ordinal) ? diagnostic.Position.File : relative).Replace('\\', '/');
    }

    private static (string, string, string) Key(Diagnostic diagnostic, string contentDirectory) =>
        (RelativeFile(diagnostic, contentDirectory), diagnostic.Code, diagnostic.Message);

    private static IReadOnlyList<Diagnostic> Check(ReviewInputs inputs, DateOnly today)
    {
        var diagnostics = new DiagnosticList();
        BuildPipeline.Check(inputs.BuildOptions(today), diagnostics);
        return diagnostics.Sorted();
    }
}
