using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Model;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// schema.org data for a detail page: courses as Course with a CourseInstance, migrant organisations as
/// Organization, interpreting and care as Service, and the place as Place with opening hours. The default
/// JSON encoder escapes &lt; and &gt;, so content can never close the script element it is written into.
/// </summary>
public static class JsonLdWriter
{
    // Keeps letters of every script readable while still escaping <, >, &, ' and ".
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    private static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static TrustedHtml Write(Offer offer, Site site, LanguageTexts texts, SiteLinks links)
    {
        var url = links.Absolute(texts.Language.Code, Paths.Offer(offer));
        var name = texts.Record(offer.Name).Text;
        var description = PlainText.Of(texts.Record(offer.Description).Text);
        var place = Place(offer, site, name);
        var provider = Provider(offer, site, texts);
        JsonObject data = offer.Details switch
        {
            LanguageCourse course => new JsonObject
            {
                ["@type"] = "Course",
                ["name"] = name,
                ["description"] = description,
                ["url"] = url,
                ["inLanguage"] = "de",
                ["provider"] = provider,
                ["educationalLevel"] = course.LevelFrom is null ? null : $"{course.LevelFrom}–{course.LevelTo ?? course.LevelFrom}",
                ["hasCourseInstance"] = new JsonObject
                {
                    ["@type"] = "CourseInstance",
                    ["courseMode"] = "onsite",
                    ["startDate"] = IsoDate(course.Start),
                    ["endDate"] = IsoDate(course.End),
                    ["location"] = place,
                },
            },
            MigrantOrganisation => new JsonObject
            {
                ["@type"] = "Organization",
                ["name"] = name,
                ["description"] = description,
                ["url"] = url,
                ["sameAs"] = offer.Website,
                ["telephone"] = offer.Phone,
                ["email"] = offer.Email,
                ["knowsLanguage"] = Strings(offer.Languages),
                ["location"] = place,
            },
            _ => new JsonObject
            {
                ["@type"] = "Service",
                ["name"] = name,
                ["description"] = description,
                ["url"] = url,
                ["serviceType"] = texts.Ui($"kind.{OfferKinds.Folder(offer.Kind)}.singular").Text,
                ["provider"] = provider,
                ["availableLanguage"] = Strings(offer.Languages),
                ["areaServed"] = AreaServed(offer, site),
                ["availableChannel"] = new JsonObject
                {
                    ["@type"] = "ServiceChannel",
                    ["servicePhone"] = offer.Phone,
                    ["serviceUrl"] = offer.Website,
                    ["serviceLocation"] = place,
                },
            },
        };
        var document = new JsonObject { ["@context"] = "https://schema.org" };
        foreach (var (key, value) in data)
        {
            if (value is not null) document[key] = value.DeepClone();
        }
        return new TrustedHtml(RemoveNulls(document).ToJsonString(Json));
    }

    private static JsonObject Place(Offer offer, Site site, string name)
    {
        var place = new JsonObject
        {
            ["@type"] = "Place",
            ["name"] = name,
            ["address"] = new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = offer.Address.Street,
                ["postalCode"] = offer.Address.Postcode,
                ["addressLocality"] = offer.Town,
                ["addressRegion"] = "Nordrhein-Westfalen",
                ["addressCountry"] = "DE",
            },
        };
        if (offer.Coordinates is { } c)
        {
            place["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = c.Latitude, ["longitude"] = c.Longitude };
        }
        if (offer.Times.Count > 0)
        {
            var weekdays = site.Settings.Lists[Loading.Settings.ClosedLists.Weekdays];
            place["openingHoursSpecification"] = new JsonArray(offer.Times.Select(slot => (JsonNode)new JsonObject
            {
                ["@type"] = "OpeningHoursSpecification",
                ["dayOfWeek"] = Strings(slot.Days.Select(d => weekdays.ToList().IndexOf(d)).Where(i => i is >= 0 and < 7).Select(i => "https://schema.org/" + DayNames[i])),
                ["opens"] = slot.From.ToString("HH:mm", CultureInfo.InvariantCulture),
                ["closes"] = slot.To.ToString("HH:mm", CultureInfo.InvariantCulture),
            }).ToArray());
        }
        return place;
    }

    private static JsonObject? Provider(Offer offer, Site site, LanguageTexts texts)
    {
        var name = offer.Provider?.OrganisationId is { } id && site.OfferWithId(id) is { } organisation
            ? texts.Record(organisation.Name).Text
            : offer.Provider?.Name;
        return name is null ? null : new JsonObject { ["@type"] = "Organization", ["name"] = name };
    }

    private static JsonArray AreaServed(Offer offer, Site site)
    {
        IEnumerable<string> towns = offer.DistrictWide ? site.Settings.Towns.Select(t => t.Name)
            : offer.Details is CareService { AreaServed.Count: > 0 } care ? care.AreaServed
            : [offer.Town];
        return new JsonArray(towns.Select(t => (JsonNode)new JsonObject { ["@type"] = "City", ["name"] = t }).ToArray());
    }

    private static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)v).ToArray());

    private static JsonNode RemoveNulls(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in obj.Where(p => p.Value is null).Select(p => p.Key).ToList()) obj.Remove(key);
            foreach (var (_, value) in obj) RemoveNulls(value!);
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array) if (item is not null) RemoveNulls(item);
        }
        return node;
    }
}
