using Angebotsverzeichnis.Loading.Format;

namespace Angebotsverzeichnis.Kinds.Doctors;

/// <summary>The fields of a doctor's or practice's record file, in the order the "new" command writes them.</summary>
public static class DoctorFields
{
    /// <summary>The closed lists of site.yaml these fields take their values from.</summary>
    public static class Lists
    {
        public const string Specialties = "fachrichtungen";
        public const string Appointments = "terminvergaben";
    }

    public static readonly FieldSpec Specialty = new("fachrichtung", FieldType.ListValue, true, "Fachrichtung der Praxis.", "allgemeinmedizin") { List = Lists.Specialties, Label = "Fachrichtung" };
    public static readonly FieldSpec DoctorLanguages = new("aerztliche_sprachen", FieldType.LanguageCodes, true, "Sprachen, in denen die Ärztin oder der Arzt selbst mit Patientinnen und Patienten spricht.", "[de, tr]") { Label = "Sprachen der Ärztin oder des Arztes" };
    public static readonly FieldSpec StaffLanguages = new("personal_sprachen", FieldType.LanguageCodes, false, "Sprachen, die das Praxisteam am Empfang spricht.", "[de, ar]") { Label = "Sprachen des Praxisteams" };
    public static readonly FieldSpec StatutoryInsurance = new("gesetzlich_versichert", FieldType.YesNo, true, "ja, wenn die Praxis gesetzlich Versicherte behandelt (Kassenpraxis); nein bei reinen Privatpraxen.", "ja") { Label = "Behandelt gesetzlich Versicherte" };
    public static readonly FieldSpec WomanDoctor = new("aerztin", FieldType.YesNo, false, "ja, wenn in der Praxis eine Ärztin behandelt (viele Frauen fragen danach).", "ja") { Label = "Eine Ärztin behandelt" };
    public static readonly FieldSpec Appointments = new("terminvergabe", FieldType.ListValues, false, "Wie man einen Termin bekommt.", "[telefon, online]") { List = Lists.Appointments, Label = "Termine" };

    public static readonly IReadOnlyList<FieldSpec> All = [Specialty, DoctorLanguages, StaffLanguages, StatutoryInsurance, WomanDoctor, Appointments];
}
