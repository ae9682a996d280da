using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Model;

/// <summary>
/// Lists the pages of one language of the site. Every language has the same pages at the same paths,
/// so a build of some languages only (a shard) plans exactly the pages a full build writes for them.
/// </summary>
public static class PagePlanner
{
    public static IEnumerable<PlannedPage> Plan(Site site)
    {
        yield return new PlannedPage(PageType.Home, Paths.Home) { Offers = site.Offers };
        foreach (var kind in OfferKinds.All)
        {
            var offers = site.Offers.Where(o => o.Kind == kind).ToList();
            foreach (var page in Paginate(PageType.KindListing, kind.Folder, offers, site, n => Paths.Kind(kind, n)))
                yield return page;
        }
        yield return new PlannedPage(PageType.TownIndex, Paths.Towns) { Offers = site.Offers };
        foreach (var town in site.Settings.Towns)
        {
            // A town's listing also shows the offers open to the whole district, as a newcomer there can use them too.
            var offers = site.Offers.Where(o => o.Town == town.Name || o.DistrictWide).ToList();
            foreach (var page in Paginate(PageType.TownListing, town.Slug, offers, site, n => Paths.Town(town.Slug, n)))
                yield return page;
        }
        yield return new PlannedPage(PageType.LanguageIndex, Paths.Languages) { Offers = site.Offers };
        foreach (var code in site.OfferLanguages)
        {
            var offers = site.Offers.Where(o => o.Languages.Contains(code)).ToList();
            foreach (var page in Paginate(PageType.LanguageListing, code, offers, site, n => Paths.OfferLanguage(code, n)))
                yield return page;
        }
        foreach (var offer in site.Offers)
        {
            yield return new PlannedPage(PageType.OfferDetail, Paths.Offer(offer)) { Key = offer.Id, Offer = offer };
        }
        yield return new PlannedPage(PageType.Search, Paths.Search);
        var leaflets = Leaflets.LeafletPlanner.Plan(site);
        yield return new PlannedPage(PageType.Leaflets, Paths.Leaflets);
        foreach (var leaflet in leaflets)
        {
            yield return new PlannedPage(PageType.Leaflet, Paths.Leaflet(leaflet.Slug)) { Key = leaflet.Slug, Leaflet = leaflet };
        }
        yield return new PlannedPage(PageType.LeafletCollection, Paths.LeafletCollection);
        yield return new PlannedPage(PageType.About, Paths.About);
        yield return new PlannedPage(PageType.AccessibilityStatement, Paths.AccessibilityStatement);
        yield return new PlannedPage(PageType.EasyLanguage, Paths.EasyLanguage);
        yield return new PlannedPage(PageType.SignLanguage, Paths.SignLanguage);
        yield return new PlannedPage(PageType.Imprint, Paths.Imprint);
        yield return new PlannedPage(PageType.NotFound, Paths.NotFound);
    }


    private static IEnumerable<PlannedPage> Paginate(PageType type, string key, IReadOnlyList<Offer> offers, Site site, Func<int, string> pathOf)
    {
        var perPage = site.Settings.EntriesPerPage;
        var count = Math.Max(1, (offers.Count + perPage - 1) / perPage);
        for (var n = 1; n <= count; n++)
        {
            yield return new PlannedPage(type, pathOf(n))
            {
                Key = key,
                Offers = offers,
                PageNumber = n,
                PageCount = count,
                PathOfPage = pathOf,
            };
        }
    }
}
