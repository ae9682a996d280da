using Angebotsverzeichnis.Loading.Format;

namespace Angebotsverzeichnis.Kinds.CareServices;

/// <summary>The fields of a care service's record file, in the order the "new" command writes them.</summary>
public static class CareServiceFields
{
    /// <summary>The closed lists of site.yaml these fields take their values from.</summary>
    public static class Lists
    {
        public const string ServiceTypes = "dienstarten";
        public const string CulturalFeatures = "kulturelle_merkmale";
    }

    public static readonly FieldSpec ServiceType = new("dienstart", FieldType.ListValue, true, "Art des Pflege- oder Gesundheitsangebots.", "ambulant") { List = Lists.ServiceTypes, Label = "Art des Dienstes" };
    public static readonly FieldSpec StaffLanguages = new("personal_sprachen", FieldType.LanguageCodes, false, "Sprachen, die das Personal spricht.", "[de, tr]") { Label = "Sprachen des Personals" };
    public static readonly FieldSpec CulturalFeatures = new("kulturelle_merkmale", FieldType.ListValues, false, "Kultursensible Angebote.", "[halal, gebetsraum]") { List = Lists.CulturalFeatures, Label = "Kultursensible Angebote" };
    public static readonly FieldSpec AreaServed = new("versorgungsgebiet", FieldType.Towns, false, "Städte, in denen der Dienst tätig ist.", "[Gevelsberg, Schwelm]");

    public static readonly IReadOnlyList<FieldSpec> All = [ServiceType, StaffLanguages, CulturalFeatures, AreaServed];
}
