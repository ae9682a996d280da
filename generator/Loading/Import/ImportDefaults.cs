using Angebotsverzeichnis.Loading.Records;

namespace Angebotsverzeichnis.Loading.Import;

/// <summary>
/// Values for required fields that other sources do not keep (documented in docs/import.md). They are set only when
/// the input does not give the field; everything the input gives is kept as it is.
/// </summary>
public static class ImportDefaults
{
    public static readonly IReadOnlyList<string> TargetGroups = ["alle"];
    public const bool Published = true;
    public const string Qualification = "sprach-und-integrationsmittlung";
    public const string CourseType = "sonstiges";

    public static string FieldOfAction(OfferKind kind) => kind switch
    {
        OfferKind.LanguageCourse => "bildung-sprache",
        OfferKind.InterpreterService or OfferKind.CareService => "gesundheit-pflege",
        OfferKind.MigrantOrganisation => "teilhabe-sport-kultur",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static void Apply(ImportedOffer offer)
    {
        var values = offer.Values;
        var at = offer.Origin;
        values.TrySet("zielgruppen", TargetGroups, at);
        values.TrySet("handlungsfeld", FieldOfAction(offer.Kind), at);
        values.TrySet("veroeffentlicht", Published, at);
        switch (offer.Kind)
        {
            case OfferKind.InterpreterService:
                values.TrySet("qualifikation", Qualification, at);
                break;
            case OfferKind.LanguageCourse:
                values.TrySet("kursart", CourseType, at);
                break;
        }
    }
}
