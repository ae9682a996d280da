namespace Angebotsverzeichnis.Loading.Settings;

/// <summary>
/// The data of the accessibility statement (Erklärung zur Barrierefreiheit, BITV 2.0 § 7 and § 10c BGG NRW):
/// when and how the site was last reviewed, where readers report barriers, and the state's enforcement body.
/// The wording lives in translations/; what is not yet accessible is listed there too.
/// </summary>
public sealed record AccessibilityStatement
{
    /// <summary>The day of the last review of the site; the statement is to be reviewed at least once a year.</summary>
    public DateOnly? Reviewed { get; init; }
    /// <summary>"selbstbewertung" or "pruefung" (a test by an outside body), a label in translations under "erklaerung".</summary>
    public string? Method { get; init; }
    /// <summary>"vollstaendig", "teilweise" or "nicht": how far the site complies.</summary>
    public string? Compliance { get; init; }
    /// <summary>Where readers report a barrier; the feedback form opens an e-mail to it.</summary>
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public ContactDetails? EnforcementBody { get; init; }
    /// <summary>The video in German Sign Language for the start page, a file below content/medien/, or null while there is none.</summary>
    public string? SignLanguageVideo { get; init; }
    /// <summary>Subtitles (WebVTT) of the video, below content/medien/.</summary>
    public string? SignLanguageCaptions { get; init; }

    /// <summary>The folder below content/ that holds media files such as the sign-language video; copied to /medien/.</summary>
    public const string MediaFolder = "medien";

    public static readonly string[] Methods = ["selbstbewertung", "pruefung"];
    public static readonly string[] ComplianceLevels = ["vollstaendig", "teilweise", "nicht"];
}
