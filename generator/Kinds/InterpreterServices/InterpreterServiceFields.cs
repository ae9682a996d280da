using Angebotsverzeichnis.Loading.Format;

namespace Angebotsverzeichnis.Kinds.InterpreterServices;

/// <summary>The fields of an interpreter or translation service's record file, in the order the "new" command writes them.</summary>
public static class InterpreterServiceFields
{
    /// <summary>The closed lists of site.yaml these fields take their values from.</summary>
    public static class Lists
    {
        public const string Modes = "einsatzarten";
        public const string Subjects = "fachgebiete";
        public const string Qualifications = "qualifikationen";
    }

    public static readonly FieldSpec LanguagePairs = new("sprachpaare", FieldType.LanguageCodes, true, "Sprachen, die zusammen mit Deutsch gedolmetscht oder übersetzt werden.", "[tr, ar]") { Label = "Sprachpaare mit Deutsch" };
    public static readonly FieldSpec Modes = new("einsatzarten", FieldType.ListValues, true, "Wie gedolmetscht wird.", "[vor-ort, telefon-video]") { List = Lists.Modes };
    public static readonly FieldSpec Subjects = new("fachgebiete", FieldType.ListValues, true, "Wofür.", "[gesundheit, schule-eltern]") { List = Lists.Subjects };
    public static readonly FieldSpec Qualification = new("qualifikation", FieldType.ListValue, true, "Beeidigt, zertifiziert, Sprach- und Integrationsmittlung oder ehrenamtlich.", "sprach-und-integrationsmittlung") { List = Lists.Qualifications, Label = "Qualifikation" };
    public static readonly FieldSpec Booking = new("buchung", FieldType.LocalizedText, false, "Wie man einen Einsatz bucht, je Sprache.", "de: Bitte fünf Werktage vorher anfragen.");

    public static readonly FieldSpec PersonName = new("name", FieldType.Text, true, "Name der Person.", "Leyla Beispiel");
    public static readonly FieldSpec PersonPhone = new("telefon", FieldType.Phone, false, "Telefon.", "\"+49 2302 123458\"");
    public static readonly FieldSpec PersonEmail = new("email", FieldType.Email, false, "E-Mail.", "l.beispiel@example.org") { Label = "E-Mail" };
    public static readonly FieldSpec Consent = new("einwilligung", FieldType.YesNo, true, "ja nur, wenn die schriftliche Einwilligung zur Veröffentlichung vorliegt.", "ja") { MustBeYes = true };

    public static readonly FieldSpec Person = new("person", FieldType.Block, false, "Nur für freiberuflich tätige Privatpersonen, und nur mit ihrer schriftlichen Einwilligung.", "")
    {
        Label = "Person (nur mit Einwilligung)",
        Children = [PersonName, PersonPhone, PersonEmail, Consent],
    };

    public static readonly IReadOnlyList<FieldSpec> All = [LanguagePairs, Modes, Subjects, Qualification, Booking, Person];
}
