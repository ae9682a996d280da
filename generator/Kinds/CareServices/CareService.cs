using F = Angebotsverzeichnis.Kinds.CareServices.CareServiceFields;

namespace Angebotsverzeichnis.Kinds.CareServices;

/// <summary>A culturally sensitive care or health service: home care, a care home, day care, a hospice, counselling on care.</summary>
public sealed record CareService(FieldValues Values) : OfferDetails(Values)
{
    public override OfferKind Kind => CareServiceKind.Instance;
    public string ServiceType => Values.Text(F.ServiceType)!;
    public IReadOnlyList<string> StaffLanguages => Values.Words(F.StaffLanguages);
    public IReadOnlyList<string> CulturalFeatures => Values.Words(F.CulturalFeatures);
    public override IReadOnlyList<string> AreaServed => Values.Words(F.AreaServed);
}
