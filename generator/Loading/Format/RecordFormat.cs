using Angebotsverzeichnis.Kinds;
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

    /// <summary>The fields only records of this kind have; each kind declares its own.</summary>
    public static IReadOnlyList<FieldSpec> Specific(OfferKind kind) => kind.Fields;

    public static IReadOnlyList<FieldSpec> Fields(OfferKind kind) => [.. Common, .. Specific(kind)];
}
