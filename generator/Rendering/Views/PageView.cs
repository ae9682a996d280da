namespace Angebotsverzeichnis.Rendering.Views;

/// <summary>What the base layout needs to know about any page.</summary>
public sealed record PageView
{
    public required string Type { get; init; }
    /// <summary>The heading; may be a fallback text.</summary>
    public required object Heading { get; init; }
    /// <summary>Plain text for &lt;title&gt; and meta tags.</summary>
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Lang { get; init; }
    public required string Dir { get; init; }
    /// <summary>The Open Graph locale, such as "de_DE".</summary>
    public required string OgLocale { get; init; }
    public required string Url { get; init; }
    public required string Canonical { get; init; }
    public required IReadOnlyList<AlternateView> Alternates { get; init; }
    public required IReadOnlyList<LinkView> Breadcrumbs { get; init; }
    public bool NoIndex { get; init; }
}
