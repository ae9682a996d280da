namespace Angebotsverzeichnis.Commands;

public enum DiagnosticFormat
{
    Text,
    GitHub,
}
