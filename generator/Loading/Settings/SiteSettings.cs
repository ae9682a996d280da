namespace Angebotsverzeichnis.Loading.Settings;

/// <summary>content/site.yaml: everything about the site that is data, not code.</summary>
public sealed record SiteSettings
{
    /// <summary>Absolute URL of the site's root, always ending in "/", possibly with a path (GitHub Pages project sites).</summary>
    public required Uri BaseUrl { get; init; }
    public required string SourceLanguage { get; init; }
    public required int EntriesPerPage { get; init; }
    public required IReadOnlyList<Language> Languages { get; init; }
    /// <summary>Where the settings were read from, as messages show it.</summary>
    public string SourceFile { get; init; } = "content/site.yaml";
    /// <summary>The content folder, for the media files the settings name (content/medien/).</summary>
    public string ContentDirectory { get; init; } = "content";
    public required IReadOnlyList<string> CommunityLanguages { get; init; }
    public required ContactDetails Publisher { get; init; }
    public required IReadOnlyList<Town> Towns { get; init; }
    public required ClosedLists Lists { get; init; }
    /// <summary>The licence of the open-data exports, for example "dl-de/by-2-0" (Datenlizenz Deutschland – Namensnennung).</summary>
    public string DataLicence { get; init; } = "dl-de/by-2-0";
    public LegalNotice LegalNotice { get; init; } = new();
    public AccessibilityStatement Accessibility { get; init; } = new();
    /// <summary>
    /// The content repository on GitHub ("owner/name"), when there is one: offer pages then link to a prepared
    /// correction issue there besides the prepared e-mail.
    /// </summary>
    public string? GitHubRepository { get; init; }
    /// <summary>The service that signs editors in to GitHub for the form editor (an OAuth client for Decap CMS); Netlify's when not set.</summary>
    public Uri? FormEditorLogin { get; init; }
    /// <summary>Where each setting stands in site.yaml, for messages about values that are read but checked later.</summary>
    public FieldPositions? Positions { get; init; }

    /// <summary>The path part of <see cref="BaseUrl"/>, "/" or for example "/angebote/".</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    public Town? TownNamed(string name) => Towns.FirstOrDefault(t => t.Name == name);

    public Language? LanguageWithCode(string code) => Languages.FirstOrDefault(l => l.Code == code);
}
