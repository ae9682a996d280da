using System.Text.Json.Nodes;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Rendering;
using Angebotsverzeichnis.Validation;

namespace Angebotsverzeichnis.Output.OpenData;

/// <summary>
/// The offers as tables of the Open Referral Human Services Data Specification (HSDS 3.0) where its entities fit:
/// organization, service, location, address, service_at_location, language, schedule and phone. HSDS holds one
/// language, so texts are the source language's; the site's other languages are in angebote.json.
/// </summary>
public static class HsdsTables
{
    public static IReadOnlyDictionary<string, CsvTable> Build(Site site, SiteLinks links)
    {
        var organizations = new CsvTable(["id", "name", "description", "email", "website"]);
        var services = new CsvTable(["id", "organization_id", "name", "description", "url", "email", "status", "fees_description", "accreditations", "assured_date"]);
        var locations = new CsvTable(["id", "location_type", "name", "latitude", "longitude"]);
        var addresses = new CsvTable(["id", "location_id", "address_1", "address_2", "city", "state_province", "postal_code", "country", "address_type"]);
        var serviceAtLocations = new CsvTable(["id", "service_id", "location_id"]);
        var languages = new CsvTable(["id", "service_id", "name", "code"]);
        var schedules = new CsvTable(["id", "service_id", "location_id", "valid_from", "valid_to", "freq", "byday", "opens_at", "closes_at", "description"]);
        var phones = new CsvTable(["id", "service_id", "number", "type"]);

        var source = site.SourceLanguage.Code;
        var germanNames = site.Translations[source];
        var seenOrganizations = new HashSet<string>(StringComparer.Ordinal);
        void Organization(string id, string name, string? description, string? email, string? website)
        {
            if (seenOrganizations.Add(id))
                organizations.Add(new Dictionary<string, string?> { ["id"] = id, ["name"] = name, ["description"] = description, ["email"] = email, ["website"] = website });
        }

        foreach (var offer in site.Offers)
        {
            var name = offer.Name.In(source)!;
            var description = PlainText.Of(offer.Description.In(source) ?? "");
            string organizationId;
            if (offer.Kind == OfferKind.MigrantOrganisation || offer.Provider is null)
            {
                organizationId = offer.Id;
                Organization(offer.Id, name, description, offer.Email, offer.Website);
            }
            else if (offer.Provider.OrganisationId is { } reference && site.OfferWithId(reference) is { } provider)
            {
                organizationId = provider.Id;
                Organization(provider.Id, provider.Name.In(source)!, null, provider.Email, provider.Website);
            }
            else
            {
                organizationId = "traeger-" + ContentValidator.SuggestSlug(offer.Provider.Name ?? offer.Id);
                Organization(organizationId, offer.Provider.Name ?? name, null, null, null);
            }

            services.Add(new Dictionary<string, string?>
            {
                ["id"] = offer.Id,
                ["organization_id"] = organizationId,
                ["name"] = name,
                ["description"] = description,
                ["url"] = links.Absolute(source, Paths.Offer(offer)),
                ["email"] = offer.Email,
                ["status"] = "active",
                ["fees_description"] = offer.Costs?.In(source),
                ["accreditations"] = Accreditation(offer, germanNames),
                ["assured_date"] = OfferExport.Date(offer.Reviewed),
            });
            var locationId = "ort-" + offer.Id;
            locations.Add(new Dictionary<string, string?>
            {
                ["id"] = locationId,
                ["location_type"] = "physical",
                ["name"] = name,
                ["latitude"] = offer.Coordinates?.Latitude.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["longitude"] = offer.Coordinates?.Longitude.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            addresses.Add(new Dictionary<string, string?>
            {
                ["id"] = "adresse-" + offer.Id,
                ["location_id"] = locationId,
                ["address_1"] = offer.Address.Street,
                ["address_2"] = offer.Address.Addition,
                ["city"] = offer.Town,
                ["state_province"] = "Nordrhein-Westfalen",
                ["postal_code"] = offer.Address.Postcode,
                ["country"] = "DE",
                ["address_type"] = "physical",
            });
            serviceAtLocations.Add(new Dictionary<string, string?> { ["id"] = offer.Id + "-" + locationId, ["service_id"] = offer.Id, ["location_id"] = locationId });
            foreach (var code in offer.Languages)
            {
                languages.Add(new Dictionary<string, string?>
                {
                    ["id"] = $"{offer.Id}-{code}", ["service_id"] = offer.Id, ["name"] = germanNames.Find($"sprachnamen.{code}") ?? code, ["code"] = code,
                });
            }
            var course = offer.Details as LanguageCourse;
            for (var i = 0; i < offer.Times.Count; i++)
            {
                var slot = offer.Times[i];
                schedules.Add(new Dictionary<string, string?>
                {
                    ["id"] = $"{offer.Id}-zeit-{i + 1}",
                    ["service_id"] = offer.Id,
                    ["location_id"] = locationId,
                    ["valid_from"] = course?.Start is { } start ? OfferExport.Date(start) : null,
                    ["valid_to"] = course?.End is { } end ? OfferExport.Date(end) : null,
                    ["freq"] = "WEEKLY",
                    ["byday"] = string.Join(',', slot.Days.Select(d => ICalendarDay(site, d))),
                    ["opens_at"] = OfferExport.Time(slot.From),
                    ["closes_at"] = OfferExport.Time(slot.To),
                    ["description"] = offer.TimesNote?.In(source),
                });
            }
            if (offer.Phone is { } phone)
            {
                phones.Add(new Dictionary<string, string?> { ["id"] = offer.Id + "-telefon", ["service_id"] = offer.Id, ["number"] = phone, ["type"] = "voice" });
            }
        }

        return new SortedDictionary<string, CsvTable>(StringComparer.Ordinal)
        {
            ["organizations"] = organizations,
            ["services"] = services,
            ["locations"] = locations,
            ["addresses"] = addresses,
            ["service_at_locations"] = serviceAtLocations,
            ["languages"] = languages,
            ["schedules"] = schedules,
            ["phones"] = phones,
        };
    }

    /// <summary>A Frictionless data package describing the tables, as HSDS distributions do.</summary>
    public static string DataPackage(IReadOnlyDictionary<string, CsvTable> tables, Site site)
    {
        var resources = new JsonArray();
        foreach (var (name, table) in tables)
        {
            resources.Add(new JsonObject
            {
                ["name"] = name,
                ["path"] = name + ".csv",
                ["format"] = "csv",
                ["encoding"] = "utf-8",
                ["schema"] = new JsonObject
                {
                    ["fields"] = new JsonArray(table.Columns.Select(c => (JsonNode)new JsonObject { ["name"] = c, ["type"] = "string" }).ToArray()),
                },
            });
        }
        var package = new JsonObject
        {
            ["name"] = "angebotsverzeichnis-hsds",
            ["title"] = site.Settings.Publisher.Name,
            ["profile"] = "tabular-data-package",
            ["homepage"] = site.Settings.BaseUrl.ToString(),
            ["created"] = OfferExport.Date(site.DataDate),
            ["licenses"] = new JsonArray(new JsonObject { ["name"] = site.Settings.DataLicence }),
            ["resources"] = resources,
        };
        return package.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static string? Accreditation(Offer offer, Loading.Settings.TranslationTable germanNames) => offer.Details switch
    {
        LanguageCourse { BamfApproved: true } => "BAMF-zugelassener Träger",
        InterpreterService service => germanNames.Find($"qualifikationen.{service.Qualification}"),
        _ => null,
    };

    private static readonly string[] ICalendarDays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>The settings list the weekdays from Monday to Sunday, whatever they are called.</summary>
    private static string ICalendarDay(Site site, string day)
    {
        var index = site.Settings.Lists.Rank(Loading.Settings.ClosedLists.Weekdays, day);
        return index is >= 0 and < 7 ? ICalendarDays[index] : day;
    }
}
