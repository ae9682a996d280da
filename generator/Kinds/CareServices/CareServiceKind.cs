using Angebotsverzeichnis.Loading.Format;
using Angebotsverzeichnis.Loading.Import;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Rendering;
using Angebotsverzeichnis.Rendering.Views;

namespace Angebotsverzeichnis.Kinds.CareServices;

/// <summary>Culturally sensitive care services: content/pflege.</summary>
public sealed class CareServiceKind : OfferKind
{
    public static readonly CareServiceKind Instance = new();

    public override string Folder => "pflege";
    public override string SchemaName => "pflege";
    public override string EnglishName => "care";
    public override IReadOnlyList<FieldSpec> Fields => CareServiceFields.All;
    public override string ImportedFieldOfAction => "gesundheit-pflege";

    public override IReadOnlyList<FieldAlias> EnglishFields =>
    [
        new("service_type", "dienstart", EnglishFieldNames.Map(
            ("home_care", "ambulant"), ("inpatient", "stationaer"), ("day_care", "tagespflege"), ("hospice", "hospiz"), ("counselling", "beratung"))),
        new("staff_languages", "personal_sprachen"),
        new("features", "kulturelle_merkmale", EnglishFieldNames.Map(
            ("halal", "halal"), ("kosher", "koscher"), ("prayer_room", "gebetsraum"), ("same_gender_care", "gleichgeschlechtliche-pflege"),
            ("religious_support", "religioese-begleitung"))),
    ];

    public override OfferDetails Create(FieldValues values) => new CareService(values);

    public override IEnumerable<FactView> Facts(OfferDetails details, FactBuilder facts)
    {
        var care = (CareService)details;
        yield return facts.Fact("service_type", [facts.Label(CareServiceFields.Lists.ServiceTypes, care.ServiceType)]);
        if (care.StaffLanguages.Count > 0) yield return facts.Fact("staff_languages", facts.LanguageNames(care.StaffLanguages));
        if (care.CulturalFeatures.Count > 0) yield return facts.Fact("cultural_features", facts.Labels(CareServiceFields.Lists.CulturalFeatures, care.CulturalFeatures));
        if (care.AreaServed.Count > 0) yield return facts.Fact("area_served", care.AreaServed.Cast<object>());
    }
}
