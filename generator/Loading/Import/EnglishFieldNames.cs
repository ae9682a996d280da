using Angebotsverzeichnis.Kinds;

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
/// The English names of the offer exports we import (the shape written by the benchmark's gen_offers.py) for the
/// fields every kind has; each kind names its own (<see cref="OfferKind.EnglishFields"/>). Values without a
/// translation are kept as they are, so the validator can report them with a suggestion instead of the import
/// dropping them.
/// </summary>
public static class EnglishFieldNames
{
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

    /// <summary>How the list values of another system translate into ours.</summary>
    public static IReadOnlyDictionary<string, string> Map(params (string From, string To)[] pairs) =>
        pairs.ToDictionary(p => p.From, p => p.To, StringComparer.Ordinal);
}
