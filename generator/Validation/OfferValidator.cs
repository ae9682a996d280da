using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Kinds;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;

namespace Angebotsverzeichnis.Validation;

/// <summary>Checks the values of one record against the settings, the formats and the rules for safe content.</summary>
internal sealed class OfferValidator(
    Offer offer, SiteSettings settings, IReadOnlySet<string> organisationIds, ValidationOptions options, DiagnosticList diagnostics)
{
    private readonly RecordChecks _checks = new(offer, settings, options, diagnostics);

    public void Run()
    {
        CheckTownAndAddress();
        CheckContact();
        CheckProvider();
        CheckLanguageCodes("sprachen", offer.Languages);
        CheckInList("zielgruppen", offer.TargetGroups, ClosedLists.TargetGroups);
        CheckInList("handlungsfeld", offer.FieldOfAction, ClosedLists.FieldsOfAction);
        CheckInList("barrierefreiheit", offer.Accessibility, ClosedLists.Accessibility);
        CheckInList("durchfuehrung", offer.Delivery, ClosedLists.Delivery);
        CheckTimes();
        CheckTexts();
        CheckInvisibleCharacters();
        CheckReview();
        _checks.CheckDeclared(offer.Kind.Fields, offer.Details.Values);
        offer.Kind.Check(offer.Details, _checks);
    }

    private void CheckTownAndAddress()
    {
        var town = settings.TownNamed(offer.Town);
        _checks.CheckTown("ort", offer.Town);
        var postcode = offer.Address.Postcode;
        if (!ContactFormats.IsPostcode(postcode))
        {
            Error("adresse.plz", ProblemCodes.BadPostcode, $"\"{postcode}\" ist keine Postleitzahl. Eine Postleitzahl hat fünf Ziffern, in Anführungszeichen: \"58452\".",
                $"\"{postcode}\" is not a postcode. A postcode has five digits, in quotation marks: \"58452\".");
        }
        else if (town is not null && !town.Postcodes.Contains(postcode))
        {
            Warning("adresse.plz", ProblemCodes.PostcodeNotInTown,
                $"Die Postleitzahl {postcode} gehört nicht zu {town.Name} ({string.Join(", ", town.Postcodes)}). Prüfen Sie Postleitzahl und \"ort\".",
                $"The postcode {postcode} does not belong to {town.Name} ({string.Join(", ", town.Postcodes)}). Check the postcode and \"ort\".");
        }
        if (offer.Coordinates is { } c && (c.Latitude is < 51.2 or > 51.5 || c.Longitude is < 7.1 or > 7.6))
        {
            Warning("koordinaten", ProblemCodes.CoordinatesOutside,
                "Die Koordinaten liegen außerhalb des Ennepe-Ruhr-Kreises. Sind \"breite\" (um 51,4) und \"laenge\" (um 7,3) vertauscht?",
                "The coordinates are outside the Ennepe-Ruhr district. Have \"breite\" (about 51.4) and \"laenge\" (about 7.3) been swapped?");
        }
    }

    private void CheckContact()
    {
        if (offer.Phone is { } phone && !ContactFormats.IsPhone(phone))
        {
            Error("telefon", ProblemCodes.BadPhone, $"\"{phone}\" ist keine Telefonnummer. Schreiben Sie zum Beispiel \"+49 2302 123456\" oder \"02302 123456\".",
                $"\"{phone}\" is not a phone number. Write it like \"+49 2302 123456\" or \"02302 123456\".");
        }
        // An address with an invisible character gets AV606 instead, which says what is wrong.
        if (offer.Email is { } email && InvisibleCharacters.InLink(email) < 0 && !ContactFormats.IsEmail(email))
        {
            Error("email", ProblemCodes.BadEmail, $"\"{email}\" ist keine E-Mail-Adresse. Schreiben Sie zum Beispiel info@verein.example.org.",
                $"\"{email}\" is not an email address. Write it like info@verein.example.org.");
        }
        if (offer.Website is { } website && InvisibleCharacters.InLink(website) < 0 && !ContactFormats.IsWebsite(website))
        {
            Error("website", ProblemCodes.BadWebsite, $"\"{website}\" ist keine vollständige Internetadresse. Sie beginnt mit https://.",
                $"\"{website}\" is not a complete web address. It starts with https://.");
        }
    }

    /// <summary>Names whose letters a direction control would reorder, and links and addresses with a character that shows nothing.</summary>
    private void CheckInvisibleCharacters()
    {
        foreach (var (language, name) in offer.Name.ByLanguage) _checks.CheckName($"name.{language}", name);
        if (offer.Provider?.Name is { } provider) _checks.CheckName("traeger.name", provider);
        _checks.CheckLink("website", offer.Website);
        _checks.CheckLink("email", offer.Email);
    }

    private void CheckProvider()
    {
        if (offer.Provider is not { } provider) return;
        if (provider.OrganisationId is not null && provider.Name is not null)
        {
            Error("traeger", ProblemCodes.ProviderBothOrNeither,
                "Unter \"traeger\" steht entweder \"organisation\" (Verweis auf einen Verein in diesem Verzeichnis) oder \"name\", nicht beides.",
                "Under \"traeger\", write either \"organisation\" (a reference to an organisation in this directory) or \"name\", not both.");
        }
        if (provider.OrganisationId is { } id && !organisationIds.Contains(id))
        {
            var folder = OfferKinds.All.First(k => k.ProvidesOrganisations).Folder;
            Error("traeger.organisation", ProblemCodes.UnknownOrganisation,
                $"Es gibt keine Migrantenorganisation mit der Kennung \"{id}\" (Datei content/{folder}/{id}.yaml). {Loading.Suggestions.Hint(id, organisationIds.Order(StringComparer.Ordinal))} Steht der Träger nicht im Verzeichnis, schreiben Sie \"name: …\".",
                $"There is no migrant organisation with the ID \"{id}\" (file content/{folder}/{id}.yaml). {Loading.Suggestions.EnglishHint(id, organisationIds.Order(StringComparer.Ordinal))} If the provider is not in the directory, write \"name: …\" instead.");
        }
    }

    private void CheckTimes()
    {
        for (var i = 0; i < offer.Times.Count; i++)
        {
            var slot = offer.Times[i];
            CheckInList($"zeiten[{i}].tage", slot.Days, ClosedLists.Weekdays);
            if (slot.To <= slot.From)
            {
                Error($"zeiten[{i}].bis", ProblemCodes.RangeReversed, $"Die Endzeit {slot.To:HH:mm} liegt nicht nach der Anfangszeit {slot.From:HH:mm}.",
                    $"The end time {slot.To:HH:mm} is not after the start time {slot.From:HH:mm}.");
            }
        }
    }

    private void CheckTexts()
    {
        foreach (var (field, text) in offer.Texts()) CheckText(field, text, markdown: field == "beschreibung");
    }

    private void CheckText(string field, LocalizedText? text, bool markdown)
    {
        if (text is null) return;
        foreach (var (language, value) in text.ByLanguage)
        {
            var path = $"{field}.{language}";
            if (settings.LanguageWithCode(language) is null)
            {
                diagnostics.Error(offer.Positions.Of(path + "@key"), ProblemCodes.LanguageNotOnSite,
                    $"Die Website hat keine Sprache \"{language}\"; dieser Text würde nie angezeigt. {Loading.Suggestions.Hint(language, settings.Languages.Select(l => l.Code))}",
                    $"The website has no language \"{language}\"; this text would never be shown. {Loading.Suggestions.EnglishHint(language, settings.Languages.Select(l => l.Code))}");
            }
            if (text.IsStale(language, settings.SourceLanguage))
            {
                var current = text.CurrentFingerprint(settings.SourceLanguage);
                diagnostics.Warning(offer.Positions.Of(path), ProblemCodes.TranslationStale,
                    $"Die Übersetzung \"{path}\" wurde aus einem älteren deutschen Text gemacht; der deutsche Text hat sich seitdem geändert. Lassen Sie sie neu übersetzen (translate export --language {language}). Stimmt sie noch, setzen Sie \"{SourceFingerprint.KeyFor(language)}: {current}\".",
                    $"The translation \"{path}\" was made from an earlier source text, which has changed since. Have it translated again (translate export --language {language}). If it is still right, set \"{SourceFingerprint.KeyFor(language)}: {current}\".");
            }
            if (!markdown) continue;
            foreach (var finding in MarkdownInspector.Inspect(value))
            {
                var position = offer.Positions.InsideText(path, finding.Line, finding.Column);
                if (finding.Problem == MarkdownInspector.Problem.Image)
                {
                    diagnostics.Error(position, ProblemCodes.ImageNotAllowed,
                        "Bilder sind in Beschreibungen nicht erlaubt, weil sie von fremden Servern geladen würden. Setzen Sie stattdessen einen Link: [Bildtitel](https://…).",
                        "Images are not allowed in descriptions, because they would be loaded from other servers. Put a link instead: [image title](https://…).");
                }
                else if (finding.Problem == MarkdownInspector.Problem.Html)
                {
                    diagnostics.Error(position, ProblemCodes.RawHtml,
                        $"HTML ist in Beschreibungen nicht erlaubt ({finding.Text}). Nutzen Sie Markdown: **fett**, - Aufzählung, [Linktext](https://…).",
                        $"HTML is not allowed in descriptions ({finding.Text}). Use Markdown: **bold**, - list item, [link text](https://…).");
                }
                else
                {
                    diagnostics.Error(position, ProblemCodes.UnsafeLink,
                        $"Der Link \"{finding.Text}\" ist nicht erlaubt. Links müssen mit {LinkPolicy.AllowedList.Replace(", ", ":, ")}: beginnen, zum Beispiel https://verein.example.org.",
                        $"The link \"{finding.Text}\" is not allowed. Links must start with {LinkPolicy.AllowedList.Replace(", ", ":, ")}:, for example https://verein.example.org.");
                }
            }
        }
    }

    private void CheckReview()
    {
        if (offer.Reviewed > options.Today)
        {
            Error("geprueft_am", ProblemCodes.NotADate, $"Das Prüfdatum {offer.Reviewed:yyyy-MM-dd} liegt in der Zukunft.",
                $"The review date {offer.Reviewed:yyyy-MM-dd} is in the future.");
        }
        else if (offer.Reviewed < options.Today.AddMonths(-options.ReviewIntervalMonths))
        {
            Warning("geprueft_am", ProblemCodes.ReviewOverdue,
                $"Das Angebot wurde zuletzt am {offer.Reviewed:dd.MM.yyyy} geprüft, vor mehr als {options.ReviewIntervalMonths} Monaten. Fragen Sie beim Träger nach und setzen Sie danach das neue Datum.",
                $"The offer was last reviewed on {offer.Reviewed:yyyy-MM-dd}, more than {options.ReviewIntervalMonths} months ago. Check with the provider, then enter the new date.");
        }
    }

    private void CheckLanguageCodes(string field, IReadOnlyList<string> codes) => _checks.CheckLanguageCodes(field, codes);

    private void CheckInList(string field, IReadOnlyList<string> values, string list) => _checks.CheckInList(field, values, list);

    private void CheckInList(string field, string? value, string list) => _checks.CheckInList(field, value, list);

    private void Error(string path, string code, string message, string english) => _checks.Error(path, code, message, english);

    private void Warning(string path, string code, string message, string english) => _checks.Warning(path, code, message, english);
}
