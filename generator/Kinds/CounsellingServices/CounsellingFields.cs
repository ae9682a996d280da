using Angebotsverzeichnis.Loading.Format;

namespace Angebotsverzeichnis.Kinds.CounsellingServices;

/// <summary>The fields of a counselling service's record file, in the order the "new" command writes them.</summary>
public static class CounsellingFields
{
    /// <summary>The closed lists of site.yaml these fields take their values from.</summary>
    public static class Lists
    {
        public const string CounsellingTypes = "beratungsarten";
        public const string Appointments = "terminvergaben";
    }

    public static readonly FieldSpec CounsellingTypes = new("beratungsarten", FieldType.ListValues, true, "Worum es in der Beratung geht.", "[migrationsberatung-erwachsene, anerkennungsberatung]") { List = Lists.CounsellingTypes, Label = "Beratungsarten" };
    public static readonly FieldSpec Appointments = new("terminvergabe", FieldType.ListValues, false, "Ob man einen Termin braucht oder in die offene Sprechstunde kommen kann.", "[telefon, offene-sprechstunde]") { List = Lists.Appointments, Label = "Termine" };
    public static readonly FieldSpec WhoMayCome = new("zugang", FieldType.LocalizedText, true, "Wer die Beratung nutzen kann (Alter, Aufenthalt, Wohnort), je Sprache.", "de: Zugewanderte ab 27 Jahren, die im Kreis wohnen.") { Label = "Wer kommen kann" };
    public static readonly FieldSpec Anonymous = new("anonym", FieldType.YesNo, false, "ja, wenn man sich auf Wunsch ohne Namen beraten lassen kann.", "ja") { Label = "Auch anonym" };

    public static readonly IReadOnlyList<FieldSpec> All = [CounsellingTypes, Appointments, WhoMayCome, Anonymous];
}
