using Angebotsverzeichnis.Diagnostics;

namespace Angebotsverzeichnis.Rendering;

/// <summary>A template failed while rendering a page; carries the diagnostic to show instead of a stack trace.</summary>
public sealed class TemplateRenderException(SourcePosition position, string code, string message, string? englishMessage = null) : Exception(message)
{
    public Diagnostic Diagnostic { get; } = new(position, Severity.Error, code, message, englishMessage ?? message);
}
