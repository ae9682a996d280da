using System.Globalization;
using System.Text.Json.Nodes;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Rendering;

namespace Angebotsverzeichnis.Output.OpenData;

/// <summary>
/// A published offer as open data, with the same field names as the record files (so an export can be imported
/// again). Only public fields: nothing of the "intern" block exists in the model, and a private person appears
/// only with consent.
/// </summary>
public static class OfferExport
{
    public static JsonObject ToJson(Offer offer, Site site, SiteLinks links)
    {
        var record = new JsonObject
        {
            ["id"] = offer.Id,
            ["art"] = OfferKinds.Folder(offer.Kind),
            ["url"] = Texts(site.Languages.ToDictionary(l => l.Code, l => links.Absolute(l.Code, Paths.Offer(offer)))),
            ["name"] = Texts(offer.Name.ByLanguage),
            ["beschreibung"] = Texts(offer.Description.ByLanguage),
            ["ort"] = offer.Town,
            ["kreisweit"] = offer.DistrictWide,
            ["durchfuehrung"] = offer.Delivery,
            ["adresse"] = new JsonObject { ["strasse"] = offer.Address.Street, ["plz"] = offer.Address.Postcode, ["zusatz"] = offer.Address.Addition },
            ["koordinaten"] = offer.Coordinates is { } c ? new JsonObject { ["breite"] = c.Latitude, ["laenge"] = c.Longitude } : null,
            ["telefon"] = offer.Phone,
            ["email"] = offer.Email,
            ["website"] = offer.Website,
            ["traeger"] = offer.Provider is { } p ? new JsonObject { ["organisation"] = p.OrganisationId, ["name"] = p.Name } : null,
            ["sprachen"] = Strings(offer.Languages),
            ["zielgruppen"] = Strings(offer.TargetGroups),
            ["handlungsfeld"] = offer.FieldOfAction,
            ["kosten"] = Texts(offer.Costs?.ByLanguage),
            ["barrierefreiheit"] = Strings(offer.Accessibility),
            ["zeiten"] = new JsonArray(offer.Times.Select(t => (JsonNode)new JsonObject
            {
                ["tage"] = Strings(t.Days), ["von"] = Time(t.From), ["bis"] = Time(t.To),
            }).ToArray()),
            ["zeiten_hinweis"] = Texts(offer.TimesNote?.ByLanguage),
            ["geprueft_am"] = Date(offer.Reviewed),
        };
        switch (offer.Details)
        {
            case LanguageCourse course:
                record["kursart"] = course.CourseType;
                record["niveau_von"] = course.LevelFrom;
                record["niveau_bis"] = course.LevelTo;
                record["beginn"] = course.Start is { } start ? Date(start) : null;
                record["ende"] = course.End is { } end ? Date(end) : null;
                record["laufender_einstieg"] = course.ContinuousEntry;
                record["kinderbetreuung"] = course.Childcare;
                record["bamf_zugelassen"] = course.BamfApproved;
                record["kostenbefreiung"] = Texts(course.Exemption?.ByLanguage);
                record["plaetze"] = course.Places;
                break;
            case InterpreterService service:
                record["sprachpaare"] = Strings(service.LanguagePairs);
                record["einsatzarten"] = Strings(service.Modes);
                record["fachgebiete"] = Strings(service.Subjects);
                record["qualifikation"] = service.Qualification;
                record["buchung"] = Texts(service.Booking?.ByLanguage);
                if (service.Person is { Consented: true } person)
                {
                    record["person"] = new JsonObject { ["name"] = person.Name, ["telefon"] = person.Phone, ["email"] = person.Email };
                }
                break;
            case CareService care:
                record["dienstart"] = care.ServiceType;
                record["personal_sprachen"] = Strings(care.StaffLanguages);
                record["kulturelle_merkmale"] = Strings(care.CulturalFeatures);
                record["versorgungsgebiet"] = Strings(care.AreaServed);
                break;
            case MigrantOrganisation organisation:
                record["schwerpunkte"] = Strings(organisation.Focus);
                record["gemeinschaften"] = Texts(organisation.Communities?.ByLanguage);
                record["treffpunkt"] = Texts(organisation.MeetingPlace?.ByLanguage);
                record["neue_mitglieder"] = organisation.NewMembersWelcome;
                break;
        }
        return record;
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static JsonObject? Texts(IReadOnlyDictionary<string, string>? texts)
    {
        if (texts is null) return null;
        var result = new JsonObject();
        foreach (var (language, text) in texts.OrderBy(t => t.Key, StringComparer.Ordinal)) result[language] = text;
        return result;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)v).ToArray());
}
