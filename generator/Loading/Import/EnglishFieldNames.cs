using Angebotsverzeichnis.Loading.Records;

namespace Angebotsverzeichnis.Loading.Import;

/// <summary>How an English-named key of another system's export becomes one of our fields.</summary>
public enum AliasConversion
{
    /// <summary>The value as it is, with list values translated by <see cref="FieldAlias.Values"/> where given.</summary>
    Plain,
    /// <summary>[["de", "tr"], ["de", "ar"]] → [tr, ar]: our language pairs are always with German.</summary>
    LanguagePairs,
    /// <summary>["türkisch", "kurdisch"] → the German text "türkisch, kurdisch".</summary>
    JoinedGermanText,
}

/// <summary>An English key, the path of our field it fills ("adresse.strasse") and, for list fields, how its values translate.</summary>
public sealed record FieldAlias(string Key, string Path, IReadOnlyDictionary<string, string>? Values = null, AliasConversion Conversion = AliasConversion.Plain);

/// <summary>
/// The English names of the offer exports we import (the shape written by the benchmark's gen_offers.py): kinds,
/// field names and list values. Values without a translation here are kept as they are, so the validator can
/// report them with a suggestion instead of the import dropping them.
/// </summary>
public static class EnglishFieldNames
{
    public static readonly IReadOnlyDictionary<string, OfferKind> Kinds = new Dictionary<string, OfferKind>(StringComparer.Ordinal)
    {
        ["course"] = OfferKind.LanguageCourse,
        ["interpreter"] = OfferKind.InterpreterService,
        ["care"] = OfferKind.CareService,
        ["organisation"] = OfferKind.MigrantOrganisation,
    };

    /// <summary>The key that holds the kind-specific fields.</summary>
    public const string Details = "details";

    public static readonly IReadOnlyList<FieldAlias> Common =
    [
        new("town", "ort"),
        new("languages", "sprachen"),
        new("street", "adresse.strasse"),
        new("postcode", "adresse.plz"),
        new("phone", "telefon"),
        new("reviewed", "geprueft_am"),
        new("description", "beschreibung"),
        new("costs", "kosten"),
    ];

    public static readonly IReadOnlyDictionary<string, string> CourseTypes = Map(
        ("integrationskurs", "integrationskurs"), ("alphabetisierung", "alphabetisierung"), ("jugend", "jugendintegrationskurs"),
        ("eltern", "elternintegrationskurs"), ("frauen", "frauenintegrationskurs"), ("berufssprachkurs", "berufssprachkurs"));

    public static readonly IReadOnlyDictionary<string, string> Modes = Map(
        ("on_site", "vor-ort"), ("phone", "telefon-video"), ("video", "telefon-video"), ("written", "schriftlich"));

    public static readonly IReadOnlyDictionary<string, string> Subjects = Map(
        ("health", "gesundheit"), ("authorities", "behoerden-gerichte"), ("school", "schule-eltern"), ("general", "allgemein"));

    public static readonly IReadOnlyDictionary<string, string> ServiceTypes = Map(
        ("home_care", "ambulant"), ("inpatient", "stationaer"), ("day_care", "tagespflege"), ("hospice", "hospiz"), ("counselling", "beratung"));

    public static readonly IReadOnlyDictionary<string, string> CulturalFeatures = Map(
        ("halal", "halal"), ("kosher", "koscher"), ("prayer_room", "gebetsraum"), ("same_gender_care", "gleichgeschlechtliche-pflege"),
        ("religious_support", "religioese-begleitung"));

    public static readonly IReadOnlyDictionary<string, string> Focus = Map(
        ("culture", "kultur"), ("religion", "religion"), ("sport", "sport"), ("education", "bildung"), ("parents", "eltern"),
        ("seniors", "senioren"), ("women", "frauen"), ("youth", "jugend"), ("counselling", "beratung"));

    public static IReadOnlyList<FieldAlias> Specific(OfferKind kind) => kind switch
    {
        OfferKind.LanguageCourse =>
        [
            new("course_type", "kursart", CourseTypes),
            new("level_from", "niveau_von"),
            new("level_to", "niveau_bis"),
            new("start", "beginn"),
            new("end", "ende"),
            new("childcare", "kinderbetreuung"),
            new("bamf_approved", "bamf_zugelassen"),
        ],
        OfferKind.InterpreterService =>
        [
            new("language_pairs", "sprachpaare", Conversion: AliasConversion.LanguagePairs),
            new("modes", "einsatzarten", Modes),
            new("fields", "fachgebiete", Subjects),
        ],
        OfferKind.CareService =>
        [
            new("service_type", "dienstart", ServiceTypes),
            new("staff_languages", "personal_sprachen"),
            new("features", "kulturelle_merkmale", CulturalFeatures),
        ],
        OfferKind.MigrantOrganisation =>
        [
            new("focus", "schwerpunkte", Focus),
            new("communities", "gemeinschaften", Conversion: AliasConversion.JoinedGermanText),
            new("new_members", "neue_mitglieder"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static Dictionary<string, string> Map(params (string From, string To)[] pairs) =>
        pairs.ToDictionary(p => p.From, p => p.To, StringComparer.Ordinal);
}
