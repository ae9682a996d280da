namespace Angebotsverzeichnis.Diagnostics;

/// <summary>
/// One problem found in content or templates, pointing at the place an editor has to change.
/// Every message is written in German (the editors' language) and in English.
/// </summary>
public sealed record Diagnostic(SourcePosition Position, Severity Severity, string Code, string Message, string EnglishMessage)
{
    public string MessageIn(MessageLanguage language) => language == MessageLanguage.English ? EnglishMessage : Message;

    public string Format(MessageLanguage language) =>
        $"{Position}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {MessageIn(language)}";

    public override string ToString() => Format(MessageLanguage.German);
}
