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
    public required object Teaser { get; init; }
    public required IReadOnlyList<object> Languages { get; init; }
}
