namespace Angebotsverzeichnis.Rendering.Views;

/// <summary>
/// A leaflet in one language, with every text block in German and in that language. The bilingual blocks are
/// made by <see cref="LeafletViews"/> as trusted HTML, each half with its own lang and dir.
/// </summary>
public sealed record LeafletView
{
    public required string Lang { get; init; }
    public required string Dir { get; init; }
    public required string TitleText { get; init; }
    public required TrustedHtml Title { get; init; }
    public required TrustedHtml Intro { get; init; }
    public required IReadOnlyList<LeafletSectionView> Sections { get; init; }
    public required TrustedHtml DataDate { get; init; }
    public required TrustedHtml ContactHeading { get; init; }
    public required ContactView Contact { get; init; }
    public required TrustedHtml WebsiteLabel { get; init; }
    public required string WebsiteUrl { get; init; }
    public required TrustedHtml WebsiteQr { get; init; }
}

public sealed record LeafletSectionView(TrustedHtml Heading, IReadOnlyList<LeafletOfferView> Offers, TrustedHtml? More);

public sealed record LeafletOfferView(TrustedHtml Name, string Details, TrustedHtml Languages, string Url, TrustedHtml Qr, CorrectionView? Correction);
