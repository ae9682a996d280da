namespace Angebotsverzeichnis.Rendering.Views;

/// <summary>The filter form of listings and the search page; <see cref="OptionView.Selected"/> marks what the page itself shows.</summary>
public sealed record FilterView
{
    /// <summary>What the form preselects, for include_cached: listings of the same selection share one rendered form.</summary>
    public string Key { get; init; } = "";
    public required string IndexUrl { get; init; }
    public required string SearchUrl { get; init; }
    public required IReadOnlyList<OptionView> Kinds { get; init; }
    public required IReadOnlyList<OptionView> Towns { get; init; }
    public required IReadOnlyList<OptionView> Languages { get; init; }
    public required IReadOnlyList<OptionView> TargetGroups { get; init; }
    /// <summary>On site and online; an offer that is both is found under either, so "beides" is no option of its own.</summary>
    public required IReadOnlyList<OptionView> Deliveries { get; init; }
    /// <summary>The options of the closed lists that kinds filter by (<see cref="Kinds.OfferKind.FilterLists"/>), by list name ("niveaus").</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<OptionView>> Options { get; init; }
    public required IReadOnlyList<OptionView> Weeks { get; init; }
    /// <summary>The selects of kinds that have filters of their own, one group per kind.</summary>
    public required IReadOnlyList<KindFilterView> KindFilters { get; init; }
}

/// <summary>A kind's own filters: shown when the form looks for that kind or for all.</summary>
public sealed record KindFilterView(string Kind, string Legend, IReadOnlyList<FacetView> Facets);

/// <summary>One select of a kind's filters: the field it filters by, its label and the list's values.</summary>
public sealed record FacetView(string Name, string Label, IReadOnlyList<OptionView> Options);
