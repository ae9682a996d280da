using Angebotsverzeichnis.Diagnostics;

namespace Angebotsverzeichnis.Loading;

/// <summary>What every field reader of one file shares: where problems go and where values were written.</summary>
public sealed record ReadContext(DiagnosticList Diagnostics, FieldPositions Positions, string SourceLanguage);
