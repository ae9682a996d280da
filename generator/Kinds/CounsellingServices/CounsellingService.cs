using Angebotsverzeichnis.Loading.Records;
using F = Angebotsverzeichnis.Kinds.CounsellingServices.CounsellingFields;

namespace Angebotsverzeichnis.Kinds.CounsellingServices;

/// <summary>
/// A counselling service: migration counselling for adults (MBE), the youth migration service (JMD), recognition of
/// foreign qualifications, refugee and women's counselling, intercultural gynaecological counselling.
/// </summary>
public sealed record CounsellingService(FieldValues Values) : OfferDetails(Values)
{
    public override OfferKind Kind => CounsellingKind.Instance;
    public IReadOnlyList<string> CounsellingTypes => Values.Words(F.CounsellingTypes);
    public IReadOnlyList<string> Appointments => Values.Words(F.Appointments);
    public LocalizedText WhoMayCome => Values.Localized(F.WhoMayCome)!;
    /// <summary>Null when the record does not say.</summary>
    public bool? Anonymous => Values.YesNo(F.Anonymous);
}
