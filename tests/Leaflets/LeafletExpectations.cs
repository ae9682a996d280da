using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Model.Leaflets;
using AngleSharp.Dom;

namespace Angebotsverzeichnis.Tests.Leaflets;

/// <summary>What a leaflet in one language must show, worked out from the plan and the records, not from the output.</summary>
public static class LeafletExpectations
{
    public const string Source = "de";

    public static IEnumerable<Offer> Offers(Leaflet leaflet) => leaflet.Sections.SelectMany(s => s.Offers);

    /// <summary>Per listed offer: the German name, and the name in the leaflet's language when the record has one that differs.</summary>
    public static IReadOnlyList<(Offer Offer, string German, string? Translated)> Names(Leaflet leaflet, string language) =>
        Offers(leaflet).Select(o =>
        {
            var german = o.Name.In(Source)!;
            var own = language == Source ? null : o.Name.In(language);
            return (o, german, own is not null && own != german ? own : null);
        }).ToList();

    /// <summary>The detail pages of the listed offers in the leaflet's language, and the town (or home) page of the footer.</summary>
    public static IReadOnlySet<string> QrUrls(Leaflet leaflet, string language, string baseUrl)
    {
        var urls = Offers(leaflet).Select(o => $"{baseUrl}{language}/{Paths.Offer(o)}").ToHashSet(StringComparer.Ordinal);
        urls.Add(leaflet.Town is null ? $"{baseUrl}{language}/" : $"{baseUrl}{language}/{Paths.Town(leaflet.Town.Slug)}");
        return urls;
    }

    /// <summary>The names as the leaflet's HTML shows them: per offer heading, its German half and its translated half.</summary>
    public static IReadOnlyList<(string German, string? Translated)> NamesInHtml(IDocument leaflet) =>
        leaflet.QuerySelectorAll(".leaflet-offer .offer-name").Select(name => (
            name.Matches(".de-part") ? name.TextContent : name.QuerySelector(".de-part")?.TextContent ?? "",
            name.QuerySelector(".translated-part")?.TextContent)).ToList();
}
