using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// schema.org data for a detail page: courses as Course with a CourseInstance, migrant organisations as
/// Organization, interpreting and care as Service, and the place as Place with opening hours. Absent values are
/// left out. Online offers: a course says so in courseMode (online, blended) and takes place at a VirtualLocation;
/// schema.org has no such property for Service and Organization, so an online-only one names no Place, only its
/// postal address (servicePostalAddress of its ServiceChannel, address of an Organization). The default JSON encoder escapes &lt; and &gt;, so content can never close the script element it is
/// written into. Written straight to UTF-8, once per detail page and language.
/// </summary>
public static class JsonLdWriter
{
    // Keeps letters of every script readable while still escaping <, >, &, ' and ".
    private static readonly JsonWriterOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    private static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static TrustedHtml Write(Offer offer, Site site, LanguageTexts texts, SiteLinks links)
    {
        var url = links.Absolute(texts.Language.Code, Paths.Offer(offer));
        var name = texts.Record(offer.Name).Text;
        var description = PlainText.Of(texts.Record(offer.Description).Text);
        var provider = ProviderName(offer, site, texts);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, Json))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            switch (offer.Kind.SchemaOrgShape)
            {
                case SchemaOrgShape.Course:
                    json.WriteString("@type", "Course");
                    WriteNamed(json, name, description, url);
                    json.WriteString("inLanguage", "de");
                    WriteProvider(json, provider);
                    WriteIfPresent(json, "educationalLevel", offer.Details.EducationalLevel);
                    json.WriteStartObject("hasCourseInstance");
                    json.WriteString("@type", "CourseInstance");
                    json.WriteString("courseMode", CourseMode(offer));
                    WriteIfPresent(json, "startDate", IsoDate(offer.Details.Start));
                    WriteIfPresent(json, "endDate", IsoDate(offer.Details.End));
                    WriteCourseLocation(json, offer, site, name);
                    json.WriteEndObject();
                    break;
                case SchemaOrgShape.Organization:
                    json.WriteString("@type", "Organization");
                    WriteNamed(json, name, description, url);
                    WriteIfPresent(json, "sameAs", offer.Website);
                    WriteIfPresent(json, "telephone", offer.Phone);
                    WriteIfPresent(json, "email", offer.Email);
                    json.WriteStringArray("knowsLanguage", offer.Languages);
                    if (offer.OnlineOnly) WritePostalAddress(json, "address", offer);
                    else WritePlace(json, "location", offer, site, name);
                    break;
                default:
                    json.WriteString("@type", "Service");
                    WriteNamed(json, name, description, url);
                    json.WriteString("serviceType", texts.Ui($"kind.{offer.Kind.Folder}.singular").Text);
                    WriteProvider(json, provider);
                    json.WriteStringArray("availableLanguage", offer.Languages);
                    json.WriteStartArray("areaServed");
                    foreach (var town in AreaServed(offer, site))
                    {
                        json.WriteStartObject();
                        json.WriteString("@type", "City");
                        json.WriteString("name", town);
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                    json.WriteStartObject("availableChannel");
                    json.WriteString("@type", "ServiceChannel");
                    WriteIfPresent(json, "servicePhone", offer.Phone);
                    WriteIfPresent(json, "serviceUrl", offer.Website);
                    if (offer.OnlineOnly) WritePostalAddress(json, "servicePostalAddress", offer);
                    else WritePlace(json, "serviceLocation", offer, site, name);
                    json.WriteEndObject();
                    break;
            }
            json.WriteEndObject();
        }
        return new TrustedHtml(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void WriteNamed(Utf8JsonWriter json, string name, string description, string url)
    {
        json.WriteString("name", name);
        json.WriteString("description", description);
        json.WriteString("url", url);
    }

    /// <summary>schema.org's labels for courseMode: "onsite", "online" or "blended" (both).</summary>
    private static string CourseMode(Offer offer) => offer.Delivery switch
    {
        Loading.Settings.ClosedLists.Online => "online",
        Loading.Settings.ClosedLists.OnSiteAndOnline => "blended",
        _ => "onsite",
    };

    /// <summary>Where a course instance takes place: the Place, a VirtualLocation for an online course, both for a blended one.</summary>
    private static void WriteCourseLocation(Utf8JsonWriter json, Offer offer, Site site, string name)
    {
        if (!offer.Online)
        {
            WritePlace(json, "location", offer, site, name);
            return;
        }
        if (offer.OnSite)
        {
            json.WriteStartArray("location");
            WritePlace(json, null, offer, site, name);
            WriteVirtualLocation(json, null, offer, name);
            json.WriteEndArray();
            return;
        }
        WriteVirtualLocation(json, "location", offer, name);
    }

    private static void WriteVirtualLocation(Utf8JsonWriter json, string? property, Offer offer, string name)
    {
        if (property is null) json.WriteStartObject();
        else json.WriteStartObject(property);
        json.WriteString("@type", "VirtualLocation");
        json.WriteString("name", name);
        WriteIfPresent(json, "url", offer.Website);
        json.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter json, string? property, Offer offer, Site site, string name)
    {
        if (property is null) json.WriteStartObject();
        else json.WriteStartObject(property);
        json.WriteString("@type", "Place");
        json.WriteString("name", name);
        WritePostalAddress(json, "address", offer);
        if (offer.Coordinates is { } c)
        {
            json.WriteStartObject("geo");
            json.WriteString("@type", "GeoCoordinates");
            json.WriteNumber("latitude", c.Latitude);
            json.WriteNumber("longitude", c.Longitude);
            json.WriteEndObject();
        }
        if (offer.Times.Count > 0)
        {
            var weekdays = site.Settings.Lists[Loading.Settings.ClosedLists.Weekdays].ToList();
            json.WriteStartArray("openingHoursSpecification");
            foreach (var slot in offer.Times)
            {
                json.WriteStartObject();
                json.WriteString("@type", "OpeningHoursSpecification");
                json.WriteStringArray("dayOfWeek", slot.Days.Select(d => weekdays.IndexOf(d)).Where(i => i is >= 0 and < 7).Select(i => "https://schema.org/" + DayNames[i]));
                json.WriteString("opens", slot.From.ToString("HH:mm", CultureInfo.InvariantCulture));
                json.WriteString("closes", slot.To.ToString("HH:mm", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WritePostalAddress(Utf8JsonWriter json, string property, Offer offer)
    {
        json.WriteStartObject(property);
        json.WriteString("@type", "PostalAddress");
        WriteIfPresent(json, "streetAddress", offer.Address.Street);
        WriteIfPresent(json, "postalCode", offer.Address.Postcode);
        json.WriteString("addressLocality", offer.Town);
        json.WriteString("addressRegion", "Nordrhein-Westfalen");
        json.WriteString("addressCountry", "DE");
        json.WriteEndObject();
    }

    private static string? ProviderName(Offer offer, Site site, LanguageTexts texts) =>
        offer.Provider?.OrganisationId is { } id && site.OfferWithId(id) is { } organisation
            ? texts.Record(organisation.Name).Text
            : offer.Provider?.Name;

    private static void WriteProvider(Utf8JsonWriter json, string? name)
    {
        if (name is null) return;
        json.WriteStartObject("provider");
        json.WriteString("@type", "Organization");
        json.WriteString("name", name);
        json.WriteEndObject();
    }

    private static IEnumerable<string> AreaServed(Offer offer, Site site) =>
        offer.DistrictWide ? site.Settings.Towns.Select(t => t.Name)
        : offer.Details.AreaServed.Count > 0 ? offer.Details.AreaServed
        : [offer.Town];

    private static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteIfPresent(Utf8JsonWriter json, string property, string? value)
    {
        if (value is not null) json.WriteString(property, value);
    }
}
