namespace Angebotsverzeichnis.Rendering.Views;

/// <summary>Site-wide values for one language: names, navigation, the stylesheet, the data date.</summary>
public sealed record SiteView
{
    public required object Title { get; init; }
    public required string TitleText { get; init; }
    public required string HomeUrl { get; init; }
    public required IReadOnlyList<LinkView> Navigation { get; init; }
    public required string AboutUrl { get; init; }
    public required string AccessibilityUrl { get; init; }
    public required string EasyLanguageUrl { get; init; }
    public required string SignLanguageUrl { get; init; }
    public required string ImprintUrl { get; init; }
    /// <summary>The privacy section of the about page.</summary>
    public required string PrivacyUrl { get; init; }
    public required string StylesheetUrl { get; init; }
    public required string ScriptUrl { get; init; }
    /// <summary>The service worker, with the data date as its cache version.</summary>
    public required string ServiceWorkerUrl { get; init; }
    /// <summary>The site's root path, the service worker's scope.</summary>
    public required string RootUrl { get; init; }
    public required string DataDate { get; init; }
    public required string DataDateIso { get; init; }
    public required ContactView Publisher { get; init; }
    public required string CourseStartsUrl { get; init; }
    public required string UpdatesFeedUrl { get; init; }
    public required string OpenDataUrl { get; init; }
    public required string LeafletsUrl { get; init; }
    /// <summary>The coverage report exists in the source language only.</summary>
    public required string ReportUrl { get; init; }
    public required string ReportLang { get; init; }
    public required string SiteName { get; init; }
    /// <summary>The publisher named in the Impressum, for texts that name the responsible public body.</summary>
    public required string LegalPublisher { get; init; }
    /// <summary>The site's absolute address, as texts quote it.</summary>
    public required string BaseUrl { get; init; }
    public required string SourceLang { get; init; }
    public required string SourceDir { get; init; }
}
