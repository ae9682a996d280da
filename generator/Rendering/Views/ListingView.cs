namespace Angebotsverzeichnis.Rendering.Views;

/// <summary>One page of a listing of offers (by kind, town or language).</summary>
public sealed record ListingView
{
    public required object Heading { get; init; }
    public object? Intro { get; init; }
    public required IReadOnlyList<OfferSummaryView> Items { get; init; }
    public required int Total { get; init; }
    public required int PageNumber { get; init; }
    public required int PageCount { get; init; }
    public required IReadOnlyList<LinkView> Pages { get; init; }
    public string? PreviousUrl { get; init; }
    public string? NextUrl { get; init; }
}
