using System.Collections.Concurrent;
using System.Globalization;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Rendering.Views;

namespace Angebotsverzeichnis.Rendering;

/// <summary>Builds the views of offers for one language. Summaries are cached: an offer appears in several listings.</summary>
public sealed class OfferViews(Site site, LanguageTexts texts, SiteLinks links)
{
    private const int TeaserLength = 160;
    private readonly ConcurrentDictionary<string, OfferSummaryView> _summaries = new(StringComparer.Ordinal);
    private string Lang => texts.Language.Code;
    private readonly CorrectionLinks _corrections = new(site.Settings, texts);
    private readonly FactBuilder _facts = new(texts);

    public OfferSummaryView Summary(Offer offer) => _summaries.GetOrAdd(offer.Id, _ => CreateSummary(offer));

    public OfferView Detail(Offer offer)
    {
        var town = site.Settings.TownNamed(offer.Town);
        var providerOrganisation = offer.Provider?.OrganisationId is { } orgId ? site.OfferWithId(orgId) : null;
        return new OfferView
        {
            Summary = Summary(offer),
            Description = texts.RecordMarkdown(offer.Description),
            Contact = OfferContact(offer),
            Person = offer.Details.Person is { Consented: true } person
                ? Contact(person.Name, null, null, null, person.Phone, person.Email, null)
                : null,
            Provider = providerOrganisation is not null ? texts.Record(providerOrganisation.Name) : offer.Provider?.Name,
            ProviderUrl = providerOrganisation is not null ? links.Href(Lang, Paths.Offer(providerOrganisation)) : null,
            Facts = Facts(offer).ToList(),
            Reviewed = texts.Date(offer.Reviewed),
            ReviewedIso = offer.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            KindUrl = links.Href(Lang, Paths.Kind(offer.Kind)),
            CalendarUrl = IcsWriter.HasStart(offer, site) ? links.Href(Lang, Paths.OfferCalendar(offer)) : null,
            JsonLd = JsonLdWriter.Write(offer, site, texts, links),
            Correction = _corrections.For(offer, links.Absolute(Lang, Paths.Offer(offer))),
            SourceVersion = offer.Texts().Any(t => t.Text.IsStale(Lang, texts.Source.Code))
                ? new SourceVersionView(texts.Source.Code, links.Href(texts.Source.Code, Paths.Offer(offer)))
                : null,
        };
    }

    private OfferSummaryView CreateSummary(Offer offer) => new()
    {
        Id = offer.Id,
        Kind = offer.Kind.Folder,
        KindTitle = texts.Ui($"kind.{offer.Kind.Folder}.singular"),
        Name = texts.Record(offer.Name),
        Url = links.Href(Lang, Paths.Offer(offer)),
        Town = offer.Town,
        DistrictWide = offer.DistrictWide,
        Delivery = offer.Online ? texts.Label(ClosedLists.Delivery, offer.Delivery) : null,
        Teaser = Teaser(texts.Record(offer.Description)),
        Languages = offer.Languages.Select(code => (object)texts.LanguageName(code)).ToList(),
    };

    private static LocalizedValue Teaser(LocalizedValue description)
    {
        var plain = PlainText.Of(description.Text).ReplaceLineEndings(" ").Trim();
        while (plain.Contains("  ", StringComparison.Ordinal)) plain = plain.Replace("  ", " ", StringComparison.Ordinal);
        if (plain.Length > TeaserLength)
        {
            var cut = plain.LastIndexOf(' ', TeaserLength);
            plain = plain[..(cut > TeaserLength / 2 ? cut : TeaserLength)].TrimEnd(',', ';', ':', '.', ' ') + " …";
        }
        return description with { Text = plain };
    }

    /// <summary>An online-only offer's address is where to reach the provider, not a place to go to: no map link.</summary>
    private ContactView OfferContact(Offer offer)
    {
        var contact = Contact(texts.Record(offer.Name).Text, offer.Address, offer.Town, offer.Coordinates, offer.Phone, offer.Email, offer.Website);
        return offer.OnlineOnly ? contact with { MapUrl = null } : contact;
    }

    public ContactView Contact(string name, PostalAddress? address, string? townName, Coordinates? coordinates, string? phone, string? email, string? website)
    {
        var lines = new List<string>();
        string? mapUrl = null;
        if (address is not null && townName is not null)
        {
            lines.Add(address.Street);
            if (address.Addition is not null) lines.Add(address.Addition);
            lines.Add($"{address.Postcode} {townName}");
            mapUrl = MapLink(address, townName, coordinates);
        }
        return new ContactView
        {
            Name = name,
            AddressLines = lines,
            MapUrl = mapUrl,
            Phone = phone,
            PhoneHref = phone is null ? null : "tel:" + new string(phone.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0)).ToArray()),
            Email = email,
            EmailHref = email is null ? null : "mailto:" + email,
            Website = website is null ? null : DisplayUrl(website),
            WebsiteHref = website,
        };
    }

    private static string MapLink(PostalAddress address, string town, Coordinates? coordinates)
    {
        if (coordinates is { } c)
        {
            var lat = c.Latitude.ToString("0.#####", CultureInfo.InvariantCulture);
            var lon = c.Longitude.ToString("0.#####", CultureInfo.InvariantCulture);
            return $"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}";
        }
        return "https://www.openstreetmap.org/search?query=" + Uri.EscapeDataString($"{address.Street}, {address.Postcode} {town}");
    }

    private static string DisplayUrl(string url)
    {
        var withoutScheme = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        return withoutScheme.TrimEnd('/');
    }

    private IEnumerable<FactView> Facts(Offer offer)
    {
        foreach (var fact in offer.Kind.Facts(offer.Details, _facts)) yield return fact;
        yield return Fact("delivery", [texts.Label(ClosedLists.Delivery, offer.Delivery)]);
        yield return new FactView(texts.Ui("field.languages"), offer.Languages
            .Select(code => new FactValue(texts.LanguageName(code), links.Href(Lang, Paths.OfferLanguage(code))))
            .ToList(), "languages");
        // The note on times ("no lessons in the school holidays") belongs under the same heading as the times.
        var times = offer.Times.Select(TimeText).Concat(texts.OptionalRecord(offer.TimesNote) is { } note ? [note] : []).ToList();
        if (times.Count > 0) yield return Fact("times", times);
        if (texts.OptionalRecord(offer.Costs) is { } costs) yield return Fact("costs", [costs]);
        yield return Fact("target_groups", Labels(ClosedLists.TargetGroups, offer.TargetGroups));
        if (offer.Accessibility.Count > 0) yield return Fact("accessibility", Labels(ClosedLists.Accessibility, offer.Accessibility));
        yield return Fact("field_of_action", [texts.Label(ClosedLists.FieldsOfAction, offer.FieldOfAction)]);
    }

    private object TimeText(TimeSlot slot)
    {
        var days = string.Join(texts.ListSeparator, slot.Days.Select(d => texts.Label(ClosedLists.Weekdays, d).Text));
        return $"{days}: {texts.Format("detail.time_range", texts.Time(slot.From), texts.Time(slot.To)).Text}";
    }

    private IEnumerable<object> Labels(string list, IEnumerable<string> values) => _facts.Labels(list, values);

    private FactView Fact(string name, IEnumerable<object> values) => _facts.Fact(name, values);
}
