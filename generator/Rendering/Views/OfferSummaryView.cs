namespace Angebotsverzeichnis.Rendering.Views;

/// <summary>An offer as a card in a listing.</summary>
public sealed record OfferSummaryView
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required object KindTitle { get; init; }
    public required object Name { get; init; }
    public required string Url { get; init; }
    public required object Town { get; init; }
    public required bool DistrictWide { get; init; }
    /// <summary>"Online" or "On site and online" for an offer that is (also) online; null for one only on site, the usual case.</summary>
    public object? Delivery { get; init; }
    public required object Teaser { get; init; }
    public required IReadOnlyList<object> Languages { get; init; }
}
