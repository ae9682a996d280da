using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;

namespace Angebotsverzeichnis.Loading.Format;

/// <summary>The fields of the record files of each kind, in the order the "new" command writes them.</summary>
public static class RecordFormat
{
    public static readonly IReadOnlyList<FieldSpec> Common =
    [
        new("name", FieldType.LocalizedText, true, "Name des Angebots, je Sprache eine Zeile; Deutsch ist Pflicht.", "de: Integrationskurs am Vormittag") { MaxLength = 120 },
        new("beschreibung", FieldType.LocalizedMarkdown, true, "Beschreibung in Markdown: für wen, was, wie anmelden. Kein HTML, Links nur mit https://, mailto: oder tel:.", "de: |\n  Ein Kurs für Eltern, während die Kinder betreut werden."),
        new("ort", FieldType.Town, true, "Die Stadt, in der das Angebot stattfindet, genau wie in content/site.yaml.", "Witten"),
        new("kreisweit", FieldType.YesNo, false, "ja, wenn das Angebot Menschen aus dem ganzen Kreis offensteht.", "nein") { Label = "Im ganzen Kreis" },
        new("durchfuehrung", FieldType.ListValue, false, "Ob das Angebot vor Ort, online oder auf beide Arten stattfindet. Ohne Angabe: vor-ort.", "online") { List = ClosedLists.Delivery, Label = "Durchführung" },
        new("adresse", FieldType.Block, true, "Anschrift des Angebots.", "")
        {
            Children =
            [
                new("strasse", FieldType.Text, true, "Straße und Hausnummer.", "Hauptstraße 1") { Label = "Straße" },
                new("plz", FieldType.Postcode, true, "Postleitzahl der Stadt, in Anführungszeichen.", "\"58452\"") { Label = "Postleitzahl" },
                new("zusatz", FieldType.Text, false, "Zusatz wie Etage oder Eingang.", "2. Etage, Raum 204") { Label = "Zusatz" },
            ],
        },
        new("koordinaten", FieldType.Block, false, "Lage auf der Karte (für den Kartenlink), mit Punkt als Dezimaltrennzeichen.", "")
        {
            Label = "Koordinaten",
            Children =
            [
                new("breite", FieldType.Number, true, "Geografische Breite, im Kreis um 51,4.", "51.4370") { Label = "Breite" },
                new("laenge", FieldType.Number, true, "Geografische Länge, im Kreis um 7,3.", "7.3350") { Label = "Länge" },
            ],
        },
        new("telefon", FieldType.Phone, false, "Telefonnummer für Ratsuchende, in Anführungszeichen.", "\"+49 2302 123456\""),
        new("email", FieldType.Email, false, "E-Mail-Adresse für Ratsuchende.", "info@traeger.example.org") { Label = "E-Mail" },
        new("website", FieldType.Website, false, "Internetseite des Angebots, mit https://.", "https://traeger.example.org/angebot") { Label = "Internetseite" },
        new("traeger", FieldType.Block, false, "Wer das Angebot trägt: entweder ein Verein aus diesem Verzeichnis (organisation) oder ein Name.", "")
        {
            Label = "Träger",
            Children =
            [
                new("organisation", FieldType.RecordId, false, "Kennung (Dateiname ohne .yaml) einer Migrantenorganisation aus content/organisationen.", "tuerkischer-elternverein-witten") { Label = "Organisation aus dem Verzeichnis" },
                new("name", FieldType.Text, false, "Name des Trägers, wenn er nicht im Verzeichnis steht.", "Volkshochschule Witten"),
            ],
        },
        new("sprachen", FieldType.LanguageCodes, true, "Sprachen, in denen das Angebot genutzt werden kann, als Sprachcodes nach ISO 639.", "[de, tr, ar]") { Label = "Sprachen" },
        new("zielgruppen", FieldType.ListValues, true, "Für wen das Angebot gedacht ist.", "[eltern, gefluechtete]") { List = ClosedLists.TargetGroups, Label = "Zielgruppen" },
        new("handlungsfeld", FieldType.ListValue, true, "Handlungsfeld des Integrationskonzepts.", "bildung-sprache") { List = ClosedLists.FieldsOfAction },
        new("kosten", FieldType.LocalizedText, false, "Was das Angebot kostet, je Sprache.", "de: kostenlos"),
        new("barrierefreiheit", FieldType.ListValues, false, "Was den Zugang erleichtert.", "[stufenlos, aufzug]") { List = ClosedLists.Accessibility },
        new("zeiten", FieldType.BlockList, false, "Öffnungs- oder Kurszeiten; je Zeitraum ein Eintrag mit \"- \".", "")
        {
            Children =
            [
                new("tage", FieldType.ListValues, true, "Wochentage.", "[mo, mi]") { List = ClosedLists.Weekdays, Label = "Tage" },
                new("von", FieldType.Time, true, "Beginn, in Anführungszeichen.", "\"09:00\"") { Label = "Von" },
                new("bis", FieldType.Time, true, "Ende, in Anführungszeichen.", "\"12:30\"") { Label = "Bis" },
            ],
        },
        new("zeiten_hinweis", FieldType.LocalizedText, false, "Hinweis zu den Zeiten, je Sprache.", "de: Nicht in den Schulferien.") { Label = "Hinweis zu den Zeiten" },
        new("geprueft_am", FieldType.Date, true, "Wann die Angaben zuletzt mit dem Träger geprüft wurden (JJJJ-MM-TT). Nach zwölf Monaten erinnert die Prüfung daran.", "2026-09-15") { Label = "Geprüft am" },
        new("veroeffentlicht", FieldType.YesNo, true, "nein hält den Datensatz vollständig von der Website fern (Entwurf).", "ja") { Label = "Veröffentlicht" },
        new("intern", FieldType.Block, false, "Nur für das Integrationszentrum; erscheint nie auf der Website oder in Exporten.", "")
        {
            Label = "Intern (erscheint nie auf der Website)",
            Children =
            [
                new("notiz", FieldType.Text, false, "Interne Notiz.", "Rückruf nach den Ferien vereinbart.") { Label = "Notiz" },
                new("ansprechperson", FieldType.Block, false, "Interne Ansprechperson beim Träger.", "")
                {
                    Label = "Ansprechperson",
                    Children =
                    [
                        new("name", FieldType.Text, false, "Name.", "Frau Beispiel"),
                        new("telefon", FieldType.Text, false, "Telefon.", "\"+49 2302 123457\""),
                        new("email", FieldType.Text, false, "E-Mail.", "intern@traeger.example.org") { Label = "E-Mail" },
                    ],
                },
            ],
        },
    ];

    public static IReadOnlyList<FieldSpec> Specific(OfferKind kind) => kind switch
    {
        OfferKind.LanguageCourse =>
        [
            new("kursart", FieldType.ListValue, true, "Art des Kurses.", "integrationskurs") { List = ClosedLists.CourseTypes },
            new("niveau_von", FieldType.ListValue, false, "Sprachniveau zu Beginn (GER).", "A1") { List = ClosedLists.Levels, Label = "Sprachniveau zu Beginn" },
            new("niveau_bis", FieldType.ListValue, false, "Sprachniveau am Ende (GER).", "B1") { List = ClosedLists.Levels, Label = "Sprachniveau am Ende" },
            new("beginn", FieldType.Date, false, "Erster Kurstag (JJJJ-MM-TT).", "2027-02-01") { Label = "Beginn" },
            new("ende", FieldType.Date, false, "Letzter Kurstag; danach verschwindet der Kurs von der Website.", "2027-09-30") { Label = "Ende" },
            new("laufender_einstieg", FieldType.YesNo, false, "ja, wenn man jederzeit einsteigen kann.", "nein") { Label = "Einstieg jederzeit" },
            new("kinderbetreuung", FieldType.YesNo, false, "ja, wenn Kinder während des Kurses betreut werden.", "ja") { Label = "Kinderbetreuung" },
            new("bamf_zugelassen", FieldType.YesNo, false, "ja, wenn der Träger vom BAMF für Integrationskurse zugelassen ist.", "ja") { Label = "Vom BAMF zugelassen" },
            new("kostenbefreiung", FieldType.LocalizedText, false, "Wer von den Kosten befreit werden kann, je Sprache.", "de: Befreiung beim BAMF beantragen.") { Label = "Kostenbefreiung" },
            new("plaetze", FieldType.ListValue, false, "Ob noch Plätze frei sind.", "frei") { List = ClosedLists.Places, Label = "Plätze" },
        ],
        OfferKind.InterpreterService =>
        [
            new("sprachpaare", FieldType.LanguageCodes, true, "Sprachen, die zusammen mit Deutsch gedolmetscht oder übersetzt werden.", "[tr, ar]") { Label = "Sprachpaare mit Deutsch" },
            new("einsatzarten", FieldType.ListValues, true, "Wie gedolmetscht wird.", "[vor-ort, telefon-video]") { List = ClosedLists.Modes },
            new("fachgebiete", FieldType.ListValues, true, "Wofür.", "[gesundheit, schule-eltern]") { List = ClosedLists.Subjects },
            new("qualifikation", FieldType.ListValue, true, "Beeidigt, zertifiziert, Sprach- und Integrationsmittlung oder ehrenamtlich.", "sprach-und-integrationsmittlung") { List = ClosedLists.Qualifications, Label = "Qualifikation" },
            new("buchung", FieldType.LocalizedText, false, "Wie man einen Einsatz bucht, je Sprache.", "de: Bitte fünf Werktage vorher anfragen."),
            new("person", FieldType.Block, false, "Nur für freiberuflich tätige Privatpersonen, und nur mit ihrer schriftlichen Einwilligung.", "")
            {
                Label = "Person (nur mit Einwilligung)",
                Children =
                [
                    new("name", FieldType.Text, true, "Name der Person.", "Leyla Beispiel"),
                    new("telefon", FieldType.Phone, false, "Telefon.", "\"+49 2302 123458\""),
                    new("email", FieldType.Email, false, "E-Mail.", "l.beispiel@example.org") { Label = "E-Mail" },
                    new("einwilligung", FieldType.YesNo, true, "ja nur, wenn die schriftliche Einwilligung zur Veröffentlichung vorliegt.", "ja") { MustBeYes = true },
                ],
            },
        ],
        OfferKind.CareService =>
        [
            new("dienstart", FieldType.ListValue, true, "Art des Pflege- oder Gesundheitsangebots.", "ambulant") { List = ClosedLists.ServiceTypes, Label = "Art des Dienstes" },
            new("personal_sprachen", FieldType.LanguageCodes, false, "Sprachen, die das Personal spricht.", "[de, tr]") { Label = "Sprachen des Personals" },
            new("kulturelle_merkmale", FieldType.ListValues, false, "Kultursensible Angebote.", "[halal, gebetsraum]") { List = ClosedLists.CulturalFeatures, Label = "Kultursensible Angebote" },
            new("versorgungsgebiet", FieldType.Towns, false, "Städte, in denen der Dienst tätig ist.", "[Gevelsberg, Schwelm]"),
        ],
        OfferKind.MigrantOrganisation =>
        [
            new("schwerpunkte", FieldType.ListValues, true, "Schwerpunkte der Arbeit.", "[kultur, eltern]") { List = ClosedLists.Focus },
            new("gemeinschaften", FieldType.LocalizedText, false, "Welche Gemeinschaften sich hier treffen, je Sprache.", "de: Türkeistämmige Familien"),
            new("treffpunkt", FieldType.LocalizedText, false, "Wo man sich trifft, je Sprache.", "de: Vereinsheim, Eingang über den Hof"),
            new("neue_mitglieder", FieldType.YesNo, false, "ja, wenn neue Mitglieder willkommen sind.", "ja") { Label = "Neue Mitglieder willkommen" },
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static IReadOnlyList<FieldSpec> Fields(OfferKind kind) => [.. Common, .. Specific(kind)];
}
