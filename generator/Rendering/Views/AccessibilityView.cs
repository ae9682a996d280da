namespace Angebotsverzeichnis.Rendering.Views;

/// <summary>The figures of the accessibility statement; the wording is in translations/ under "erklaerung".</summary>
public sealed record AccessibilityView
{
    /// <summary>The day of the last review in the page's language, or null when site.yaml does not give it.</summary>
    public required string? Reviewed { get; init; }
    public required string? ReviewedIso { get; init; }
    /// <summary>The translation key of the compliance sentence, such as "erklaerung.status_teilweise".</summary>
    public required string ComplianceKey { get; init; }
    /// <summary>The translation key of the review method, such as "erklaerung.method_selbstbewertung".</summary>
    public required string MethodKey { get; init; }
    /// <summary>Where the feedback form's e-mail goes: the form's action is a mailto: address, so it works without JavaScript.</summary>
    public required string? FeedbackAction { get; init; }
    public required ContactView Feedback { get; init; }
    public required ContactView? EnforcementBody { get; init; }
    public required bool HasSignLanguageVideo { get; init; }
}
