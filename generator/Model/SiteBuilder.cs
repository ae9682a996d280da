using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Loading.Records;

namespace Angebotsverzeichnis.Model;

/// <summary>Chooses what is published: unpublished records and courses that have ended stay out of every output.</summary>
public static class SiteBuilder
{
    public static Site Build(ContentSet content, DateOnly today, DateOnly? dataDate)
    {
        var offers = content.Offers
            .Where(o => o.Published && !HasEnded(o, today))
            .OrderBy(o => o.Id, StringComparer.Ordinal)
            .ToList();
        return new Site
        {
            Settings = content.Settings,
            Translations = content.Translations,
            Offers = offers,
            DataDate = dataDate ?? (offers.Count > 0 ? offers.Max(o => o.Reviewed) : today),
            Today = today,
        };
    }

    private static bool HasEnded(Offer offer, DateOnly today) =>
        offer.Details.End is { } end && end < today;
}
