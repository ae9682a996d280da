namespace Angebotsverzeichnis.Diagnostics;

/// <summary>One problem found in content or templates, pointing at the place an editor has to change.</summary>
public sealed record Diagnostic(SourcePosition Position, Severity Severity, string Code, string Message)
{
    public override string ToString() =>
        $"{Position}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
