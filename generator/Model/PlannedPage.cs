using Angebotsverzeichnis.Loading.Records;

namespace Angebotsverzeichnis.Model;

/// <summary>
/// One page to write in every language. For listings, <see cref="Offers"/> holds all offers of the listing;
/// the renderer sorts them in the page's language and shows the slice of <see cref="PageNumber"/>.
/// </summary>
public sealed record PlannedPage(PageType Type, string Path)
{
    /// <summary>The kind folder, town slug, language code or offer id the page is about, if any.</summary>
    public string? Key { get; init; }
    public Offer? Offer { get; init; }
    public Leaflets.Leaflet? Leaflet { get; init; }
    /// <summary>Printable documents stay out of the sitemap.</summary>
    public bool InSitemap => Type is not (PageType.NotFound or PageType.Leaflet or PageType.LeafletCollection);
    public IReadOnlyList<Offer> Offers { get; init; } = [];
    public int PageNumber { get; init; } = 1;
    public int PageCount { get; init; } = 1;
    /// <summary>Paths of page 1..n of the same listing.</summary>
    public Func<int, string>? PathOfPage { get; init; }
}
