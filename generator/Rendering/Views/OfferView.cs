namespace Angebotsverzeichnis.Rendering.Views;

/// <summary>An offer on its detail page, in one language.</summary>
public sealed record OfferView
{
    public required OfferSummaryView Summary { get; init; }
    public required TrustedHtml Description { get; init; }
    public required ContactView Contact { get; init; }
    public ContactView? Person { get; init; }
    public object? Provider { get; init; }
    public string? ProviderUrl { get; init; }
    public required IReadOnlyList<FactView> Facts { get; init; }
    public required string Reviewed { get; init; }
    public required string ReviewedIso { get; init; }
    public required string KindUrl { get; init; }
    /// <summary>An .ics file with the course start, for "add to calendar"; null when the offer has no start date still ahead.</summary>
    public string? CalendarUrl { get; init; }
    public required TrustedHtml JsonLd { get; init; }
    /// <summary>"Report a correction": null when site.yaml gives neither an e-mail address nor a repository.</summary>
    public CorrectionView? Correction { get; init; }
    /// <summary>When a text of this page was translated from an earlier German text: the link to the page in the source language.</summary>
    public SourceVersionView? SourceVersion { get; init; }
}

/// <summary>The same page in the source language, where the current texts stand.</summary>
public sealed record SourceVersionView(string Lang, string Url);
