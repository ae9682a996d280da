using F = Angebotsverzeichnis.Kinds.Doctors.DoctorFields;

namespace Angebotsverzeichnis.Kinds.Doctors;

/// <summary>
/// A doctor's practice with the languages spoken there: the integration concept's "Liste mit Ärztinnen und Ärzten …
/// Mehrsprachigkeit". A practice is a business, so its contact details are published like an organisation's.
/// </summary>
public sealed record Doctor(FieldValues Values) : OfferDetails(Values)
{
    public override OfferKind Kind => DoctorKind.Instance;
    public string Specialty => Values.Text(F.Specialty)!;
    public IReadOnlyList<string> DoctorLanguages => Values.Words(F.DoctorLanguages);
    public IReadOnlyList<string> StaffLanguages => Values.Words(F.StaffLanguages);
    public bool StatutoryInsurance => Values.YesNo(F.StatutoryInsurance) ?? false;
    /// <summary>Null when the record does not say.</summary>
    public bool? WomanDoctor => Values.YesNo(F.WomanDoctor);
    public IReadOnlyList<string> Appointments => Values.Words(F.Appointments);
}
