using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Kinds;
using Angebotsverzeichnis.Loading.Settings;

namespace Angebotsverzeichnis.Loading.Records;

/// <summary>
/// What every record kind has in common. Internal fields (the "intern" block) are read and checked
/// by the loader but never stored here, so no later stage can publish them by mistake.
/// </summary>
public sealed record Offer
{
    public required string Id { get; init; }
    public OfferKind Kind => Details.Kind;
    /// <summary>The fields that only this kind of record has.</summary>
    public required OfferDetails Details { get; init; }
    public required FieldPositions Positions { get; init; }
    public SourcePosition Origin => Positions.RecordStart;

    public required LocalizedText Name { get; init; }
    public required LocalizedText Description { get; init; }

    /// <summary>Every text of the record that is written per language, with its field name; only "beschreibung" is Markdown.</summary>
    public IEnumerable<(string Field, LocalizedText Text)> Texts()
    {
        yield return ("name", Name);
        yield return ("beschreibung", Description);
        if (Costs is not null) yield return ("kosten", Costs);
        if (TimesNote is not null) yield return ("zeiten_hinweis", TimesNote);
        foreach (var text in Details.Texts()) yield return text;
    }
    public required string Town { get; init; }
    /// <summary>The offer serves the whole district, not only its own town.</summary>
    public bool DistrictWide { get; init; }
    /// <summary>On site, online or both: a value of the "durchfuehrungsarten" list; on site when the record does not say.</summary>
    public string Delivery { get; init; } = ClosedLists.OnSite;
    /// <summary>Only online: the address is where to reach the provider, not where the offer takes place.</summary>
    public bool OnlineOnly => Delivery == ClosedLists.Online;
    public bool OnSite => Delivery is ClosedLists.OnSite or ClosedLists.OnSiteAndOnline;
    public bool Online => Delivery is ClosedLists.Online or ClosedLists.OnSiteAndOnline;
    public required PostalAddress Address { get; init; }
    public Coordinates? Coordinates { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Website { get; init; }
    public Provider? Provider { get; init; }
    /// <summary>ISO 639 codes of the languages in which the offer is available.</summary>
    public required IReadOnlyList<string> Languages { get; init; }
    public required IReadOnlyList<string> TargetGroups { get; init; }
    public required string FieldOfAction { get; init; }
    public LocalizedText? Costs { get; init; }
    public required IReadOnlyList<string> Accessibility { get; init; }
    public required IReadOnlyList<TimeSlot> Times { get; init; }
    public LocalizedText? TimesNote { get; init; }
    public required DateOnly Reviewed { get; init; }
    public required bool Published { get; init; }
}
