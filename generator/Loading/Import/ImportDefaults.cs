using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Loading.Import;

/// <summary>
/// Values for required fields that other sources do not keep (documented in docs/import.md). They are set only when
/// the input does not give the field; everything the input gives is kept as it is.
/// </summary>
public static class ImportDefaults
{
    public static readonly IReadOnlyList<string> TargetGroups = ["alle"];
    public const bool Published = true;

    public static void Apply(ImportedOffer offer)
    {
        var values = offer.Values;
        var at = offer.Origin;
        values.TrySet("zielgruppen", TargetGroups, at);
        values.TrySet("handlungsfeld", offer.Kind.ImportedFieldOfAction, at);
        values.TrySet("veroeffentlicht", Published, at);
        foreach (var (field, value) in offer.Kind.ImportDefaults) values.TrySet(field, value, at);
    }
}
