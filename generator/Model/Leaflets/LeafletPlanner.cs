using System.Globalization;
using Angebotsverzeichnis.Kinds;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;

namespace Angebotsverzeichnis.Model.Leaflets;

/// <summary>
/// Decides what goes on each leaflet: per kind a fixed number of places, filled with the offers in the town first,
/// then those open to the whole district, then those of neighbouring towns (in the settings' order); within each
/// group by German name. The district leaflet puts district-wide offers first, then the towns in order.
/// </summary>
public static class LeafletPlanner
{
    public const string DistrictSlug = "kreis";

    public static IReadOnlyList<Leaflet> Plan(Site site)
    {
        var leaflets = site.Settings.Towns.Select(t => Plan(site, t)).ToList();
        leaflets.Add(Plan(site, null));
        return leaflets;
    }

    public static Leaflet Plan(Site site, Town? town)
    {
        var german = StringComparer.Create(CultureInfo.GetCultureInfo("de"), CompareOptions.None);
        var townIndex = FirstIndexes(site.Settings.Towns.Select(t => t.Name));
        var neighbourIndex = town is null ? null : FirstIndexes(town.Neighbours);
        var sections = OfferKinds.All.Select(kind =>
        {
            var ofKind = site.Offers.Where(o => o.Kind == kind).ToList();
            // Only the first few places are needed: take whole ranks in order and sort by name only within the rank where the places run out.
            var chosen = new List<Offer>();
            foreach (var rank in ofKind
                         .Select(o => (Offer: o, Rank: Rank(o, town, townIndex, neighbourIndex)))
                         .Where(x => x.Rank < int.MaxValue)
                         .GroupBy(x => x.Rank)
                         .OrderBy(g => g.Key))
            {
                if (chosen.Count >= kind.LeafletPlaces) break;
                chosen.AddRange(rank
                    .OrderBy(x => x.Offer.Name.In(site.SourceLanguage.Code), german)
                    .ThenBy(x => x.Offer.Id, StringComparer.Ordinal)
                    .Take(kind.LeafletPlaces - chosen.Count)
                    .Select(x => x.Offer));
            }
            var relevant = town is null ? ofKind.Count : ofKind.Count(o => o.Town == town.Name || o.DistrictWide);
            return new LeafletSection(kind, chosen, Math.Max(0, relevant - chosen.Count(o => town is null || o.Town == town.Name || o.DistrictWide)));
        }).ToList();
        return new Leaflet(town?.Slug ?? DistrictSlug, town, sections);
    }

    /// <summary>0: in the town; 1: district-wide; 2 + n: in the n-th neighbouring town; max: not for this leaflet.</summary>
    private static Dictionary<string, int> FirstIndexes(IEnumerable<string> names)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var position = 0;
        foreach (var name in names) indexes.TryAdd(name, position++);
        return indexes;
    }

    private static int Rank(Offer offer, Town? town, Dictionary<string, int> townIndex, Dictionary<string, int>? neighbourIndex)
    {
        if (town is null) return offer.DistrictWide ? 0 : 1 + townIndex.GetValueOrDefault(offer.Town, -1);
        if (offer.Town == town.Name) return 0;
        if (offer.DistrictWide) return 1;
        return neighbourIndex!.TryGetValue(offer.Town, out var neighbour) ? 2 + neighbour : int.MaxValue;
    }
}
