using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Import;
using Angebotsverzeichnis.Rendering;
using Angebotsverzeichnis.Rendering.Views;

namespace Angebotsverzeichnis.Kinds.Doctors;

/// <summary>Doctors and practices with the languages they speak: content/aerzte, found on the search page by specialty.</summary>
public sealed class DoctorKind : OfferKind
{
    public static readonly DoctorKind Instance = new();

    public override string Folder => "aerzte";
    public override string SchemaName => "arzt";
    public override string EnglishName => "doctor";
    public override IReadOnlyList<FieldSpec> Fields => DoctorFields.All;
    public override int LeafletPlaces => 2;
    public override string ImportedFieldOfAction => "gesundheit-pflege";
    public override IReadOnlyList<SearchFilter> SearchFilters => [new(DoctorFields.Specialty, "field.specialty")];

    public override IReadOnlyList<FieldAlias> EnglishFields =>
    [
        new("specialty", DoctorFields.Specialty.Name),
        new("doctor_languages", DoctorFields.DoctorLanguages.Name),
        new("staff_languages", DoctorFields.StaffLanguages.Name),
        new("statutory_insurance", DoctorFields.StatutoryInsurance.Name),
        new("woman_doctor", DoctorFields.WomanDoctor.Name),
        new("appointments", DoctorFields.Appointments.Name, EnglishFieldNames.Map(("phone", "telefon"), ("online", "online"), ("walk_in", "offene-sprechstunde"))),
    ];

    public override OfferDetails Create(FieldValues values) => new Doctor(values);

    public override IEnumerable<FactView> Facts(OfferDetails details, FactBuilder facts)
    {
        var doctor = (Doctor)details;
        yield return facts.Fact("specialty", [facts.Label(DoctorFields.Lists.Specialties, doctor.Specialty)]);
        yield return facts.Fact("doctor_languages", facts.LanguageNames(doctor.DoctorLanguages));
        if (doctor.StaffLanguages.Count > 0) yield return facts.Fact("practice_staff_languages", facts.LanguageNames(doctor.StaffLanguages));
        yield return facts.Fact("statutory_insurance", [facts.YesNo(doctor.StatutoryInsurance)]);
        if (doctor.WomanDoctor is true) yield return facts.Fact("woman_doctor", [facts.YesNo(true)]);
        if (doctor.Appointments.Count > 0) yield return facts.Fact("appointments", facts.Labels(DoctorFields.Lists.Appointments, doctor.Appointments));
    }
}
