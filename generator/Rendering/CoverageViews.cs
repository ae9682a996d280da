using System.Globalization;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Model.Coverage;
using Angebotsverzeichnis.Output.OpenData;
using Angebotsverzeichnis.Rendering.Charts;
using Angebotsverzeichnis.Rendering.Views;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Rendering;

/// <summary>The coverage report as a page in the source language and as CSV files with the same figures.</summary>
public static class CoverageViews
{
    public const string CsvFolder = "bericht";
    private const string InterfaceTexts = "Oberfläche der Website";

    public static CoverageView Page(CoverageReport report, Site site, LanguageTexts texts, SiteLinks links)
    {
        var kinds = OfferKinds.All.Select(k => texts.Ui($"kind.{k.Folder}.title").Text).ToList();
        var townKindRows = site.Settings.Towns.Select(t =>
        {
            var counts = OfferKinds.All.Select(k => report.OffersByTownAndKind.Single(c => c.Town == t && c.Kind == k).Count).ToList();
            return new TableRowView(t.Name, counts.Select(c => new CellView(c, c == 0)).ToList(), counts.Sum());
        }).ToList();
        var districtWide = OfferKinds.All.Select(k => report.DistrictWideByKind[k]).ToList();
        var languageNames = report.CommunityLanguages.Select(l => texts.LanguageName(l).Text).ToList();
        var languageRows = site.Settings.Towns.Select(t =>
        {
            var counts = report.CommunityLanguages.Select(l => report.OffersByTownAndLanguage.Single(c => c.Town == t && c.Language == l).Count).ToList();
            return new TableRowView(t.Name, counts.Select(c => new CellView(c, c == 0)).ToList(), counts.Sum());
        }).ToList();
        var fields = report.ByFieldOfAction.Select(v => new TableRowView(texts.Label(ClosedLists.FieldsOfAction, v.Value).Text, [new CellView(v.Count, v.Count == 0)], v.Count)).ToList();
        var groups = report.ByTargetGroup.Select(v => new TableRowView(texts.Label(ClosedLists.TargetGroups, v.Value).Text, [new CellView(v.Count, v.Count == 0)], v.Count)).ToList();
        return new CoverageView
        {
            Today = texts.Date(report.Today),
            TodayIso = OfferExport.Date(report.Today),
            KindTitles = kinds,
            TownKindChart = SvgChart.Bars("chart-town-kind", "Angebote je Stadt und Art", kinds,
                townKindRows.Select(r => new SvgChart.Row(r.Label, r.Cells.Select(c => c.Value).ToList())).ToList()),
            TownKindRows = townKindRows,
            DistrictWideRow = new TableRowView(texts.Ui("listing.district_wide").Text, districtWide.Select(c => new CellView(c, false)).ToList(), districtWide.Sum()),
            LanguageNames = languageNames,
            LanguageChart = SvgChart.HeatMap("chart-languages", "Angebote je Stadt in den Sprachen der größten Gemeinschaften; schraffiert: kein Angebot",
                report.CommunityLanguages, languageRows.Select(r => new SvgChart.Row(r.Label, r.Cells.Select(c => c.Value).ToList())).ToList()),
            LanguageRows = languageRows,
            GapCount = languageRows.Sum(r => r.Cells.Count(c => c.IsGap)),
            Overdue = report.OverdueReviews.Select(o => new OverdueView(
                o.Provider,
                o.Offers.Select(offer => new LinkView(offer.Name.In(texts.Source.Code)!, links.Href(texts.Language.Code, Paths.Offer(offer)))).ToList(),
                o.Offers.Select(offer => texts.Date(offer.Reviewed)).ToList())).ToList(),
            FieldOfActionChart = SvgChart.Bars("chart-fields", "Angebote je Handlungsfeld", ["Angebote"], fields.Select(r => new SvgChart.Row(r.Label, [r.Total])).ToList()),
            FieldOfActionRows = fields,
            TargetGroupChart = SvgChart.Bars("chart-groups", "Angebote je Zielgruppe", ["Angebote"], groups.Select(r => new SvgChart.Row(r.Label, [r.Total])).ToList()),
            TargetGroupRows = groups,
            WaitingLists = report.CoursesWithWaitingList.Select(o => new LinkView(o.Name.In(texts.Source.Code)!, links.Href(texts.Language.Code, Paths.Offer(o)))).ToList(),
            CsvFiles = CsvFiles(report, site, texts).Keys.Select(name => new LinkView(name, links.RootHref($"{Paths.OpenDataFolder}/{CsvFolder}/{name}"))).ToList(),
            Translations = report.Translations.Select(t => new TranslationRowView(
                texts.LanguageName(t.Language).Text,
                t.Kind is { } kind ? texts.Ui($"kind.{kind.Folder}.title").Text : InterfaceTexts,
                t.Current, t.Stale, t.Missing,
                t.Oldest is { } oldest ? new LinkView($"{oldest.Offer.Name.In(texts.Source.Code)} ({oldest.Field})", links.Href(t.Language, Paths.Offer(oldest.Offer))) : null,
                t.Oldest is { } o ? texts.Date(o.Offer.Reviewed) : null)).ToList(),
        };
    }

    /// <summary>The report's figures as CSV files, by file name.</summary>
    public static IReadOnlyDictionary<string, string> CsvFiles(CoverageReport report, Site site, LanguageTexts texts)
    {
        var byTownAndKind = new CsvTable(["stadt", "art", "angebote"]);
        foreach (var count in report.OffersByTownAndKind)
            byTownAndKind.Add(Row(("stadt", count.Town.Name), ("art", count.Kind.Folder), ("angebote", Number(count.Count))));
        foreach (var kind in OfferKinds.All)
            byTownAndKind.Add(Row(("stadt", "kreisweit"), ("art", kind.Folder), ("angebote", Number(report.DistrictWideByKind[kind]))));

        var byTownAndLanguage = new CsvTable(["stadt", "sprache", "angebote", "luecke"]);
        foreach (var count in report.OffersByTownAndLanguage)
            byTownAndLanguage.Add(Row(("stadt", count.Town.Name), ("sprache", count.Language), ("angebote", Number(count.Count)), ("luecke", count.Count == 0 ? "ja" : "nein")));

        var overdue = new CsvTable(["traeger", "id", "name", "geprueft_am"]);
        foreach (var group in report.OverdueReviews)
            foreach (var offer in group.Offers)
                overdue.Add(Row(("traeger", group.Provider), ("id", offer.Id), ("name", offer.Name.In(texts.Source.Code)), ("geprueft_am", OfferExport.Date(offer.Reviewed))));

        var fields = new CsvTable(["handlungsfeld", "angebote"]);
        foreach (var value in report.ByFieldOfAction) fields.Add(Row(("handlungsfeld", value.Value), ("angebote", Number(value.Count))));
        var groups = new CsvTable(["zielgruppe", "angebote"]);
        foreach (var value in report.ByTargetGroup) groups.Add(Row(("zielgruppe", value.Value), ("angebote", Number(value.Count))));
        var waiting = new CsvTable(["id", "name", "ort"]);
        foreach (var offer in report.CoursesWithWaitingList) waiting.Add(Row(("id", offer.Id), ("name", offer.Name.In(texts.Source.Code)), ("ort", offer.Town)));

        var translations = new CsvTable(["sprache", "art", "aktuell", "veraltet", "fehlt", "aeltester_veralteter", "feld", "geprueft_am"]);
        foreach (var count in report.Translations)
        {
            translations.Add(Row(("sprache", count.Language), ("art", count.Kind is { } kind ? kind.Folder : "oberflaeche"),
                ("aktuell", Number(count.Current)), ("veraltet", Number(count.Stale)), ("fehlt", Number(count.Missing)),
                ("aeltester_veralteter", count.Oldest?.Offer.Id), ("feld", count.Oldest?.Field),
                ("geprueft_am", count.Oldest is { } oldest ? OfferExport.Date(oldest.Offer.Reviewed) : null)));
        }

        return new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["uebersetzungen.csv"] = translations.ToString(),
            ["angebote-je-stadt-und-art.csv"] = byTownAndKind.ToString(),
            ["sprachen-je-stadt.csv"] = byTownAndLanguage.ToString(),
            ["ueberfaellige-pruefungen.csv"] = overdue.ToString(),
            ["handlungsfelder.csv"] = fields.ToString(),
            ["zielgruppen.csv"] = groups.ToString(),
            ["wartelisten.csv"] = waiting.ToString(),
        };
    }

    private static Dictionary<string, string?> Row(params (string Column, string? Value)[] cells) =>
        cells.ToDictionary(c => c.Column, c => c.Value);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
