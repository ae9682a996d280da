namespace Angebotsverzeichnis.Loading.Records;

/// <summary>Culturally sensitive care or health counselling.</summary>
public sealed record CareService : OfferDetails
{
    public override OfferKind Kind => OfferKind.CareService;
    public required string ServiceType { get; init; }
    public required IReadOnlyList<string> StaffLanguages { get; init; }
    public required IReadOnlyList<string> CulturalFeatures { get; init; }
    public required IReadOnlyList<string> AreaServed { get; init; }
}
