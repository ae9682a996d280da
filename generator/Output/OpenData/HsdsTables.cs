using System.Text.Json.Nodes;
using Angebotsverzeichnis.Loading.Import;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Rendering;
using Angebotsverzeichnis.Validation;
using Row = System.Collections.Generic.IReadOnlyDictionary<string, string?>;

namespace Angebotsverzeichnis.Output.OpenData;

/// <summary>
/// The offers as tables of the Open Referral Human Services Data Specification (HSDS 3.0) where its entities fit:
/// organization, service, location, address, service_at_location, language, schedule and phone. HSDS holds one
/// language, so texts are the source language's; the site's other languages are in angebote.json.
/// An offer on site has a physical location at its address; an online one a virtual location (its website). The
/// address of an online-only offer is where to reach its provider: a postal location the service is not delivered at.
/// Each table is one pass over the offers, so a table's rows are written as they are made and never held together.
/// </summary>
public sealed class HsdsTables(Site site, SiteLinks links)
{
    private readonly string _source = site.SourceLanguage.Code;
    private readonly Loading.Settings.TranslationTable _germanNames = site.Translations[site.SourceLanguage.Code];

    /// <summary>The tables in the order of their names, as the data package lists them.</summary>
    public IReadOnlyList<HsdsTable> All =>
    [
        new("addresses", ["id", "location_id", "address_1", "address_2", "city", "state_province", "postal_code", "country", "address_type"], Addresses),
        new("languages", ["id", "service_id", "name", "code"], Languages),
        new("locations", ["id", "location_type", "url", "name", "latitude", "longitude"], Locations) { NumberColumns = ["latitude", "longitude"] },
        new("organizations", ["id", "name", "description", "email", "website"], Organizations),
        new("phones", ["id", "service_id", "number", "type"], Phones),
        new("schedules", ["id", "service_id", "location_id", "valid_from", "valid_to", "freq", "byday", "opens_at", "closes_at", "description"], Schedules),
        new("service_at_locations", ["id", "service_id", "location_id"], ServiceAtLocations),
        new("services", ["id", "organization_id", "name", "description", "url", "email", "status", "fees_description", "accreditations", "assured_date"], Services),
    ];

    /// <summary>A Frictionless data package describing the tables, as HSDS distributions do.</summary>
    public string DataPackage()
    {
        var resources = new JsonArray();
        foreach (var table in All)
        {
            resources.Add(new JsonObject
            {
                ["name"] = table.Name,
                ["path"] = table.Name + ".csv",
                ["format"] = "csv",
                ["encoding"] = "utf-8",
                // The tables are written for a German spreadsheet as well (CsvDialect); the dialect tells machines so.
                ["dialect"] = new JsonObject { ["delimiter"] = CsvDialect.Separator.ToString(), ["lineTerminator"] = "\r\n", ["header"] = true },
                ["schema"] = new JsonObject
                {
                    ["fields"] = new JsonArray(table.Columns.Select(c => Field(table, c)).ToArray()),
                },
            });
        }
        var package = new JsonObject
        {
            ["name"] = "angebotsverzeichnis-hsds",
            ["title"] = site.Settings.Publisher.Name,
            ["profile"] = "tabular-data-package",
            ["description"] = "Tabellen mit Semikolon als Trennzeichen, UTF-8 mit Byte-Order-Mark. Dezimalzahlen mit Komma (51,4372). Ein Apostroph am Anfang einer Zelle schützt in Tabellenprogrammen vor Formeln und gehört nicht zum Wert. byday nach iCalendar (MO,TU).",
            ["homepage"] = site.Settings.BaseUrl.ToString(),
            ["created"] = OfferExport.Date(site.DataDate),
            ["licenses"] = new JsonArray(new JsonObject { ["name"] = site.Settings.DataLicence }),
            ["resources"] = resources,
        };
        return package.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        }) + "\n";
    }

    /// <summary>A column of the table schema: a number with the decimal comma the tables are written with (Table Schema's decimalChar), or a text.</summary>
    private static JsonNode Field(HsdsTable table, string column) => table.NumberColumns.Contains(column)
        ? new JsonObject { ["name"] = column, ["type"] = "number", ["decimalChar"] = CsvDialect.DecimalSign.ToString() }
        : new JsonObject { ["name"] = column, ["type"] = "string" };

    /// <summary>A migrant organisation, or an offer without a provider, is its own organisation; other offers name their provider.</summary>
    private IEnumerable<Row> Organizations()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var offer in site.Offers)
        {
            var organization = OrganizationOf(offer);
            if (!seen.Add(organization.Id)) continue;
            yield return new Dictionary<string, string?>
            {
                ["id"] = organization.Id, ["name"] = organization.Name, ["description"] = organization.Description,
                ["email"] = organization.Email, ["website"] = organization.Website,
            };
        }
    }

    private IEnumerable<Row> Services() => site.Offers.Select(offer => new Dictionary<string, string?>
    {
        ["id"] = offer.Id,
        ["organization_id"] = OrganizationOf(offer).Id,
        ["name"] = offer.Name.In(_source)!,
        ["description"] = Description(offer),
        ["url"] = links.Absolute(_source, Paths.Offer(offer)),
        ["email"] = offer.Email,
        ["status"] = "active",
        ["fees_description"] = offer.Costs?.In(_source),
        ["accreditations"] = Accreditation(offer),
        ["assured_date"] = OfferExport.Date(offer.Reviewed),
    });

    private IEnumerable<Row> Locations()
    {
        foreach (var offer in site.Offers)
        {
            yield return new Dictionary<string, string?>
            {
                ["id"] = LocationId(offer),
                ["location_type"] = AddressType(offer),
                ["name"] = offer.Name.In(_source)!,
                ["latitude"] = offer.Coordinates?.Latitude is { } latitude ? CsvDialect.Number(latitude) : null,
                ["longitude"] = offer.Coordinates?.Longitude is { } longitude ? CsvDialect.Number(longitude) : null,
            };
            if (!offer.Online) continue;
            yield return new Dictionary<string, string?>
            {
                ["id"] = VirtualLocationId(offer),
                ["location_type"] = "virtual",
                ["url"] = offer.Website,
                ["name"] = offer.Name.In(_source)!,
            };
        }
    }

    private IEnumerable<Row> Addresses() => site.Offers.Select(offer => new Dictionary<string, string?>
    {
        ["id"] = "adresse-" + offer.Id,
        ["location_id"] = LocationId(offer),
        ["address_1"] = offer.Address.Street,
        ["address_2"] = offer.Address.Addition,
        ["city"] = offer.Town,
        ["state_province"] = "Nordrhein-Westfalen",
        ["postal_code"] = offer.Address.Postcode,
        ["country"] = "DE",
        ["address_type"] = AddressType(offer),
    });

    /// <summary>The locations a service is delivered at: its address when on site, its virtual location when online.</summary>
    private IEnumerable<Row> ServiceAtLocations() => site.Offers.SelectMany(offer => DeliveredAt(offer).Select(location => new Dictionary<string, string?>
    {
        ["id"] = offer.Id + "-" + location, ["service_id"] = offer.Id, ["location_id"] = location,
    }));

    private IEnumerable<Row> Languages() => site.Offers.SelectMany(offer => offer.Languages.Select(code => new Dictionary<string, string?>
    {
        ["id"] = $"{offer.Id}-{code}", ["service_id"] = offer.Id, ["name"] = _germanNames.Find($"sprachnamen.{code}") ?? code, ["code"] = code,
    }));

    private IEnumerable<Row> Schedules() => site.Offers.SelectMany(offer => offer.Times.Select((slot, i) =>
    {
        return new Dictionary<string, string?>
        {
            ["id"] = $"{offer.Id}-zeit-{i + 1}",
            ["service_id"] = offer.Id,
            ["location_id"] = DeliveredAt(offer).First(),
            ["valid_from"] = offer.Details.Start is { } start ? OfferExport.Date(start) : null,
            ["valid_to"] = offer.Details.End is { } end ? OfferExport.Date(end) : null,
            ["freq"] = "WEEKLY",
            // HSDS takes byday from iCalendar's RRULE, a list with commas ("MO,WE"), not a list of ours.
            ["byday"] = string.Join(',', slot.Days.Select(ICalendarDay)),
            ["opens_at"] = OfferExport.Time(slot.From),
            ["closes_at"] = OfferExport.Time(slot.To),
            ["description"] = offer.TimesNote?.In(_source),
        };
    }));

    private IEnumerable<Row> Phones() => site.Offers.Where(offer => offer.Phone is not null).Select(offer => new Dictionary<string, string?>
    {
        ["id"] = offer.Id + "-telefon", ["service_id"] = offer.Id, ["number"] = offer.Phone, ["type"] = "voice",
    });

    private sealed record Organization(string Id, string Name, string? Description, string? Email, string? Website);

    private Organization OrganizationOf(Offer offer)
    {
        var name = offer.Name.In(_source)!;
        if (offer.Kind.ProvidesOrganisations || offer.Provider is null)
            return new Organization(offer.Id, name, Description(offer), offer.Email, offer.Website);
        if (offer.Provider.OrganisationId is { } reference && site.OfferWithId(reference) is { } provider)
            return new Organization(provider.Id, provider.Name.In(_source)!, null, provider.Email, provider.Website);
        return new Organization("traeger-" + ContentValidator.SuggestSlug(offer.Provider.Name ?? offer.Id), offer.Provider.Name ?? name, null, null, null);
    }

    private string Description(Offer offer) => PlainText.Of(offer.Description.In(_source) ?? "");

    private static string LocationId(Offer offer) => "ort-" + offer.Id;

    private static string VirtualLocationId(Offer offer) => "online-" + offer.Id;

    private static string AddressType(Offer offer) => offer.OnlineOnly ? "postal" : "physical";

    private static IEnumerable<string> DeliveredAt(Offer offer)
    {
        if (offer.OnSite) yield return LocationId(offer);
        if (offer.Online) yield return VirtualLocationId(offer);
    }

    private string? Accreditation(Offer offer) => offer.Kind.Accreditation(offer.Details, _germanNames.Find);

    private static readonly string[] ICalendarDays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>The settings list the weekdays from Monday to Sunday, whatever they are called.</summary>
    private string ICalendarDay(string day)
    {
        var index = site.Settings.Lists.Rank(Loading.Settings.ClosedLists.Weekdays, day);
        return index is >= 0 and < 7 ? ICalendarDays[index] : day;
    }
}
