using Angebotsverzeichnis.Diagnostics;

namespace Angebotsverzeichnis;

public sealed record BuildResult(
    DiagnosticList Diagnostics,
    bool Succeeded,
    int Records,
    int Languages,
    int PagesWritten,
    int FilesWritten,
    IReadOnlyDictionary<string, IReadOnlyList<string>> MissingTranslations);
