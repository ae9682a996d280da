using Angebotsverzeichnis.Diagnostics;

namespace Angebotsverzeichnis;

public sealed record BuildResult(
    DiagnosticList Diagnostics,
    bool Succeeded,
    int Records,
    int Languages,
    int PagesWritten,
    int FilesWritten,
    IReadOnlyDictionary<string, IReadOnlyList<string>> MissingTranslations)
{
    /// <summary>How long each stage took, in order, for --timings.</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];
}
