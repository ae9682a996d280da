using Angebotsverzeichnis.Loading.Format;

namespace Angebotsverzeichnis.Kinds.LanguageCourses;

/// <summary>The fields of a language course's record file, in the order the "new" command writes them.</summary>
public static class LanguageCourseFields
{
    /// <summary>The closed lists of site.yaml these fields take their values from.</summary>
    public static class Lists
    {
        public const string CourseTypes = "kursarten";
        public const string Levels = "niveaus";
        public const string Places = "plaetze";

        /// <summary>The value of the "plaetze" list the coverage report counts as a waiting list.</summary>
        public const string WaitingList = "warteliste";
    }

    public static readonly FieldSpec CourseType = new("kursart", FieldType.ListValue, true, "Art des Kurses.", "integrationskurs") { List = Lists.CourseTypes };
    public static readonly FieldSpec LevelFrom = new("niveau_von", FieldType.ListValue, false, "Sprachniveau zu Beginn (GER).", "A1") { List = Lists.Levels, Label = "Sprachniveau zu Beginn" };
    public static readonly FieldSpec LevelTo = new("niveau_bis", FieldType.ListValue, false, "Sprachniveau am Ende (GER).", "B1") { List = Lists.Levels, Label = "Sprachniveau am Ende" };
    public static readonly FieldSpec Start = new("beginn", FieldType.Date, false, "Erster Kurstag (JJJJ-MM-TT).", "2027-02-01") { Label = "Beginn" };
    public static readonly FieldSpec End = new("ende", FieldType.Date, false, "Letzter Kurstag; danach verschwindet der Kurs von der Website.", "2027-09-30") { Label = "Ende" };
    public static readonly FieldSpec ContinuousEntry = new("laufender_einstieg", FieldType.YesNo, false, "ja, wenn man jederzeit einsteigen kann.", "nein") { Label = "Einstieg jederzeit", DefaultYesNo = false };
    public static readonly FieldSpec Childcare = new("kinderbetreuung", FieldType.YesNo, false, "ja, wenn Kinder während des Kurses betreut werden.", "ja") { Label = "Kinderbetreuung" };
    public static readonly FieldSpec BamfApproved = new("bamf_zugelassen", FieldType.YesNo, false, "ja, wenn der Träger vom BAMF für Integrationskurse zugelassen ist.", "ja") { Label = "Vom BAMF zugelassen" };
    public static readonly FieldSpec Exemption = new("kostenbefreiung", FieldType.LocalizedText, false, "Wer von den Kosten befreit werden kann, je Sprache.", "de: Befreiung beim BAMF beantragen.") { Label = "Kostenbefreiung" };
    public static readonly FieldSpec Places = new("plaetze", FieldType.ListValue, false, "Ob noch Plätze frei sind.", "frei") { List = Lists.Places, Label = "Plätze" };

    public static readonly IReadOnlyList<FieldSpec> All = [CourseType, LevelFrom, LevelTo, Start, End, ContinuousEntry, Childcare, BamfApproved, Exemption, Places];
}
