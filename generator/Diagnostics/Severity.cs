namespace Angebotsverzeichnis.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
