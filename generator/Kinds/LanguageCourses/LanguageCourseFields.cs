using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Settings;

namespace Angebotsverzeichnis.Kinds.LanguageCourses;

/// <summary>The fields of a language course's record file, in the order the "new" command writes them.</summary>
public static class LanguageCourseFields
{
    public static readonly FieldSpec CourseType = new("kursart", FieldType.ListValue, true, "Art des Kurses.", "integrationskurs") { List = ClosedLists.CourseTypes };
    public static readonly FieldSpec LevelFrom = new("niveau_von", FieldType.ListValue, false, "Sprachniveau zu Beginn (GER).", "A1") { List = ClosedLists.Levels, Label = "Sprachniveau zu Beginn" };
    public static readonly FieldSpec LevelTo = new("niveau_bis", FieldType.ListValue, false, "Sprachniveau am Ende (GER).", "B1") { List = ClosedLists.Levels, Label = "Sprachniveau am Ende" };
    public static readonly FieldSpec Start = new("beginn", FieldType.Date, false, "Erster Kurstag (JJJJ-MM-TT).", "2027-02-01") { Label = "Beginn" };
    public static readonly FieldSpec End = new("ende", FieldType.Date, false, "Letzter Kurstag; danach verschwindet der Kurs von der Website.", "2027-09-30") { Label = "Ende" };
    public static readonly FieldSpec ContinuousEntry = new("laufender_einstieg", FieldType.YesNo, false, "ja, wenn man jederzeit einsteigen kann.", "nein") { Label = "Einstieg jederzeit", DefaultYesNo = false };
    public static readonly FieldSpec Childcare = new("kinderbetreuung", FieldType.YesNo, false, "ja, wenn Kinder während des Kurses betreut werden.", "ja") { Label = "Kinderbetreuung" };
    public static readonly FieldSpec BamfApproved = new("bamf_zugelassen", FieldType.YesNo, false, "ja, wenn der Träger vom BAMF für Integrationskurse zugelassen ist.", "ja") { Label = "Vom BAMF zugelassen" };
    public static readonly FieldSpec Exemption = new("kostenbefreiung", FieldType.LocalizedText, false, "Wer von den Kosten befreit werden kann, je Sprache.", "de: Befreiung beim BAMF beantragen.") { Label = "Kostenbefreiung" };
    public static readonly FieldSpec Places = new("plaetze", FieldType.ListValue, false, "Ob noch Plätze frei sind.", "frei") { List = ClosedLists.Places, Label = "Plätze" };

    public static readonly IReadOnlyList<FieldSpec> All = [CourseType, LevelFrom, LevelTo, Start, End, ContinuousEntry, Childcare, BamfApproved, Exemption, Places];
}
