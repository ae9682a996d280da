using Angebotsverzeichnis.Loading.Format;

namespace Angebotsverzeichnis.Kinds.MigrantOrganisations;

/// <summary>The fields of a migrant organisation's record file, in the order the "new" command writes them.</summary>
public static class MigrantOrganisationFields
{
    /// <summary>The closed lists of site.yaml these fields take their values from.</summary>
    public static class Lists
    {
        public const string Focus = "schwerpunkte";
    }

    public static readonly FieldSpec Focus = new("schwerpunkte", FieldType.ListValues, true, "Schwerpunkte der Arbeit.", "[kultur, eltern]") { List = Lists.Focus };
    public static readonly FieldSpec Communities = new("gemeinschaften", FieldType.LocalizedText, false, "Welche Gemeinschaften sich hier treffen, je Sprache.", "de: Türkeistämmige Familien");
    public static readonly FieldSpec MeetingPlace = new("treffpunkt", FieldType.LocalizedText, false, "Wo man sich trifft, je Sprache.", "de: Vereinsheim, Eingang über den Hof");
    public static readonly FieldSpec NewMembers = new("neue_mitglieder", FieldType.YesNo, false, "ja, wenn neue Mitglieder willkommen sind.", "ja") { Label = "Neue Mitglieder willkommen" };

    public static readonly IReadOnlyList<FieldSpec> All = [Focus, Communities, MeetingPlace, NewMembers];
}
