using Angebotsverzeichnis.Kinds;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;

namespace Angebotsverzeichnis.Model.Coverage;

public static class CoverageCalculator
{
    public const int ReviewIntervalMonths = 12;

    public static CoverageReport Calculate(Site site)
    {
        var offers = site.Offers;
        var towns = site.Settings.Towns;
        var lists = site.Settings.Lists;
        return new CoverageReport
        {
            OffersByTownAndKind = towns
                .SelectMany(t => OfferKinds.All.Select(k => new TownKindCount(t, k, offers.Count(o => o.Town == t.Name && o.Kind == k))))
                .ToList(),
            DistrictWideByKind = OfferKinds.All.ToDictionary(k => k, k => offers.Count(o => o.DistrictWide && o.Kind == k)),
            OffersByTownAndLanguage = towns
                .SelectMany(t => site.Settings.CommunityLanguages.Select(l =>
                    new TownLanguageCount(t, l, offers.Count(o => ServesTown(o, t) && o.Languages.Contains(l)))))
                .ToList(),
            OverdueReviews = offers
                .Where(o => o.Reviewed < site.Today.AddMonths(-ReviewIntervalMonths))
                .GroupBy(o => ProviderName(o, site))
                .OrderBy(g => g.Key, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("de"), false))
                .Select(g => new OverdueReview(g.Key, g.OrderBy(o => o.Reviewed).ThenBy(o => o.Id, StringComparer.Ordinal).ToList()))
                .ToList(),
            ByFieldOfAction = lists[ClosedLists.FieldsOfAction].Select(v => new ValueCount(v, offers.Count(o => o.FieldOfAction == v))).ToList(),
            ByTargetGroup = lists[ClosedLists.TargetGroups].Select(v => new ValueCount(v, offers.Count(o => o.TargetGroups.Contains(v)))).ToList(),
            CoursesWithWaitingList = offers.Where(o => o.Details.HasWaitingList).ToList(),
            CommunityLanguages = site.Settings.CommunityLanguages,
            Translations = TranslationCounts(site),
            Today = site.Today,
        };
    }

    /// <summary>Untracked translations (no fingerprint) count as current, as the site treats them.</summary>
    private static List<TranslationCount> TranslationCounts(Site site)
    {
        var source = site.SourceLanguage.Code;
        var counts = new List<TranslationCount>();
        foreach (var language in site.Languages.Where(l => l.Code != source).Select(l => l.Code))
        {
            foreach (var kind in OfferKinds.All)
            {
                var texts = site.Offers.Where(o => o.Kind == kind).SelectMany(o => o.Texts().Select(t => (Offer: o, t.Field, t.Text))).ToList();
                var stale = texts.Where(t => t.Text.IsStale(language, source)).ToList();
                var missing = texts.Count(t => t.Text.In(language) is null);
                var oldest = stale.OrderBy(t => t.Offer.Reviewed).ThenBy(t => t.Offer.Id, StringComparer.Ordinal).ThenBy(t => t.Field, StringComparer.Ordinal).FirstOrDefault();
                counts.Add(new TranslationCount(language, kind, texts.Count - stale.Count - missing, stale.Count, missing)
                {
                    Oldest = oldest.Offer is null ? null : new StaleText(oldest.Offer, oldest.Field),
                });
            }
            if (!site.Translations.TryGetValue(source, out var sourceTable) || !site.Translations.TryGetValue(language, out var table)) continue;
            var keys = sourceTable.Strings.Where(s => !Validation.TranslationChecker.IsSourceOnly(s.Key)).ToList();
            var uiMissing = keys.Count(k => table.Find(k.Key) is null);
            var uiStale = keys.Count(k => table.IsStale(k.Key, k.Value));
            counts.Add(new TranslationCount(language, null, keys.Count - uiMissing - uiStale, uiStale, uiMissing));
        }
        return counts;
    }

    /// <summary>
    /// An offer serves a town's residents when it takes place there, is open to the whole district,
    /// or lists the town in its area served (a care service).
    /// </summary>
    public static bool ServesTown(Offer offer, Town town) =>
        offer.Town == town.Name || offer.DistrictWide || offer.Details.AreaServed.Contains(town.Name);

    /// <summary>The provider as the Integrationszentrum knows it: the referenced organisation, the named provider, or the offer itself.</summary>
    public static string ProviderName(Offer offer, Site site) =>
        offer.Provider?.OrganisationId is { } id && site.OfferWithId(id) is { } organisation ? organisation.Name.In(site.SourceLanguage.Code)!
        : offer.Provider?.Name ?? offer.Name.In(site.SourceLanguage.Code)!;
}
