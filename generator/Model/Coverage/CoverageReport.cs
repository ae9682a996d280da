using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Model.Coverage;

/// <summary>
/// The figures of the Bestands- und Bedarfsanalyse (the concept's inventory and needs analysis): where offers are,
/// in which languages, and what needs attention. Counts only published offers whose time has not run out.
/// </summary>
public sealed record CoverageReport
{
    /// <summary>Per town (settings order) and kind: offers that take place in the town.</summary>
    public required IReadOnlyList<TownKindCount> OffersByTownAndKind { get; init; }
    /// <summary>Offers open to the whole district, per kind; they count for every town's language coverage.</summary>
    public required IReadOnlyDictionary<OfferKind, int> DistrictWideByKind { get; init; }
    /// <summary>Per town and community language: offers usable by residents of the town in that language.</summary>
    public required IReadOnlyList<TownLanguageCount> OffersByTownAndLanguage { get; init; }
    public required IReadOnlyList<OverdueReview> OverdueReviews { get; init; }
    public required IReadOnlyList<ValueCount> ByFieldOfAction { get; init; }
    public required IReadOnlyList<ValueCount> ByTargetGroup { get; init; }
    public required IReadOnlyList<Offer> CoursesWithWaitingList { get; init; }
    public required IReadOnlyList<string> CommunityLanguages { get; init; }
    /// <summary>Per translated language and kind (and for the interface texts, kind null): current, stale and missing texts.</summary>
    public required IReadOnlyList<TranslationCount> Translations { get; init; }
    public required DateOnly Today { get; init; }
}

public sealed record TownKindCount(Town Town, OfferKind Kind, int Count);

public sealed record TownLanguageCount(Town Town, string Language, int Count);

/// <summary>Offers of one provider whose last review is older than the review interval.</summary>
public sealed record OverdueReview(string Provider, IReadOnlyList<Offer> Offers);

public sealed record ValueCount(string Value, int Count);

/// <summary>
/// The translations of one language for one kind of record (or, with <see cref="Kind"/> null, the interface texts):
/// how many texts are current, stale (made from an earlier German text) and missing, and, of the stale ones, the one
/// whose record was reviewed longest ago.
/// </summary>
public sealed record TranslationCount(string Language, OfferKind? Kind, int Current, int Stale, int Missing)
{
    public StaleText? Oldest { get; init; }
}

public sealed record StaleText(Offer Offer, string Field);
