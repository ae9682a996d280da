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
            Person = offer.Details is InterpreterService { Person: { Consented: true } person }
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
        Kind = OfferKinds.Folder(offer.Kind),
        KindTitle = texts.Ui($"kind.{OfferKinds.Folder(offer.Kind)}.singular"),
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
        switch (offer.Details)
        {
            case LanguageCourse course:
                foreach (var fact in CourseFacts(course)) yield return fact;
                break;
            case InterpreterService service:
                yield return Fact("language_pairs", service.LanguagePairs.Select(code => texts.LanguageName(code)));
                yield return Fact("modes", Labels(ClosedLists.Modes, service.Modes));
                yield return Fact("subject_areas", Labels(ClosedLists.Subjects, service.Subjects));
                yield return Fact("qualification", [texts.Label(ClosedLists.Qualifications, service.Qualification)]);
                if (texts.OptionalRecord(service.Booking) is { } booking) yield return Fact("booking", [booking]);
                break;
            case CareService care:
                yield return Fact("service_type", [texts.Label(ClosedLists.ServiceTypes, care.ServiceType)]);
                if (care.StaffLanguages.Count > 0) yield return Fact("staff_languages", care.StaffLanguages.Select(code => texts.LanguageName(code)));
                if (care.CulturalFeatures.Count > 0) yield return Fact("cultural_features", Labels(ClosedLists.CulturalFeatures, care.CulturalFeatures));
                if (care.AreaServed.Count > 0) yield return Fact("area_served", care.AreaServed.Cast<object>());
                break;
            case MigrantOrganisation organisation:
                yield return Fact("focus", Labels(ClosedLists.Focus, organisation.Focus));
                if (texts.OptionalRecord(organisation.Communities) is { } communities) yield return Fact("communities", [communities]);
                if (texts.OptionalRecord(organisation.MeetingPlace) is { } place) yield return Fact("meeting_place", [place]);
                if (organisation.NewMembersWelcome is { } welcome)
                    yield return Fact("new_members", [texts.Ui(welcome ? "value.new_members_welcome" : "value.new_members_closed")]);
                break;
        }
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

    private IEnumerable<FactView> CourseFacts(LanguageCourse course)
    {
        yield return Fact("course_type", [texts.Label(ClosedLists.CourseTypes, course.CourseType)]);
        if (course.LevelFrom is not null || course.LevelTo is not null)
        {
            var level = course.LevelFrom == course.LevelTo || course.LevelTo is null ? course.LevelFrom! :
                course.LevelFrom is null ? course.LevelTo : $"{course.LevelFrom} – {course.LevelTo}";
            yield return Fact("level", [level]);
        }
        if (course.Start is { } start) yield return Fact("start", [texts.Date(start)]);
        if (course.End is { } end) yield return Fact("end", [texts.Date(end)]);
        if (course.ContinuousEntry) yield return Fact("dates", [texts.Ui("field.continuous_entry")]);
        if (course.Childcare is { } childcare) yield return Fact("childcare", [YesNo(childcare)]);
        if (course.BamfApproved is { } approved) yield return Fact("bamf_approved", [YesNo(approved)]);
        if (texts.OptionalRecord(course.Exemption) is { } exemption) yield return Fact("exemption", [exemption]);
        if (course.Places is { } places) yield return Fact("places", [texts.Label(ClosedLists.Places, places)]);
    }

    private object TimeText(TimeSlot slot)
    {
        var days = string.Join(texts.ListSeparator, slot.Days.Select(d => texts.Label(ClosedLists.Weekdays, d).Text));
        return $"{days}: {texts.Format("detail.time_range", texts.Time(slot.From), texts.Time(slot.To)).Text}";
    }

    private LocalizedValue YesNo(bool value) => texts.Ui(value ? "value.yes" : "value.no");

    private IEnumerable<object> Labels(string list, IEnumerable<string> values) => values.Select(v => (object)texts.Label(list, v));

    private FactView Fact(string name, IEnumerable<object> values) =>
        new(texts.Ui("field." + name), values.Select(v => new FactValue(v)).ToList(), name);
}
