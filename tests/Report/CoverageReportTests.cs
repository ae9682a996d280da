using System.Globalization;
using System.Text.RegularExpressions;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Tests.Support;
using AngleSharp.Dom;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Tests.Report;

/// <summary>
/// The coverage report of the eleven records in tests/fixtures/report/ against the answers worked out by hand in
/// tests/fixtures/report/README.md: the calculator's figures, the CSV files under /data/bericht/ and the tables of
/// /de/bericht/. The expected numbers are literals here, copied from the README, not computed.
/// </summary>
public partial class CoverageReportTests(ReportSiteFixture site) : IClassFixture<ReportSiteFixture>
{
    private static readonly string[] Towns =
        ["Breckerfeld", "Ennepetal", "Gevelsberg", "Hattingen", "Herdecke", "Schwelm", "Sprockhövel", "Wetter (Ruhr)", "Witten"];

    private static readonly string[] KindFolders = ["sprachkurse", "dolmetscher", "pflege", "organisationen", "aerzte", "beratung"];

    // README table 1: offers taking place in each town, per kind (sprachkurse, dolmetscher, pflege, organisationen, aerzte,
    // beratung; the fixture has no doctors and no counselling, so their columns show the gap everywhere).
    private static readonly int[][] ByTownAndKind =
    [
        [0, 0, 0, 0, 0, 0], // Breckerfeld
        [0, 0, 0, 0, 0, 0], // Ennepetal
        [0, 0, 1, 0, 0, 0], // Gevelsberg: pflegedienst-gevelsberg
        [1, 0, 0, 1, 0, 0], // Hattingen: frauenkurs-hattingen, polnischer-verein-hattingen
        [0, 1, 0, 0, 0, 0], // Herdecke: sprachmittlung-herdecke
        [1, 1, 0, 0, 0, 0], // Schwelm: online-kurs-kreisweit, sprachmittlerpool-kreis (both district-wide, both based in Schwelm)
        [0, 0, 0, 0, 0, 0], // Sprockhövel
        [0, 0, 0, 0, 0, 0], // Wetter (Ruhr)
        [1, 0, 1, 1, 0, 0], // Witten: abendkurs-witten, tagespflege-witten, kulturverein-witten (not the ended course, not the draft)
    ];

    private static readonly int[] TownTotals = [0, 0, 1, 2, 1, 2, 0, 0, 3];

    // README table 1, last row: district-wide offers per kind.
    private static readonly int[] DistrictWide = [1, 1, 0, 0, 0, 0];

    private static readonly string[] CommunityLanguages = ["tr", "ar", "pl", "ru", "uk", "fa", "it", "el", "sr", "bs", "hr", "sq", "ku"];

    private static readonly string[] CommunityLanguageNames =
        ["Türkisch", "Arabisch", "Polnisch", "Russisch", "Ukrainisch", "Persisch (Farsi)", "Italienisch", "Griechisch", "Serbisch", "Bosnisch", "Kroatisch", "Albanisch", "Kurdisch"];

    // README table 2: offers usable in each town per community language.
    //                                         tr ar pl ru uk fa it el sr bs hr sq ku
    private static readonly int[][] ByTownAndLanguage =
    [
        [0, 1, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1], // Breckerfeld: district-wide only
        [1, 1, 0, 2, 1, 1, 0, 0, 0, 0, 0, 0, 1], // Ennepetal: + pflegedienst-gevelsberg (versorgungsgebiet)
        [1, 1, 0, 2, 1, 1, 0, 0, 0, 0, 0, 0, 1], // Gevelsberg: + pflegedienst-gevelsberg
        [1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1], // Hattingen: + frauenkurs (tr), polnischer-verein (pl)
        [0, 1, 0, 1, 2, 1, 1, 0, 0, 0, 0, 0, 1], // Herdecke: + sprachmittlung-herdecke (uk, it)
        [1, 1, 0, 2, 1, 1, 0, 0, 0, 0, 0, 0, 1], // Schwelm: + pflegedienst-gevelsberg (versorgungsgebiet)
        [0, 1, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1], // Sprockhövel
        [0, 1, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1], // Wetter (Ruhr)
        [0, 4, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1], // Witten: + abendkurs, tagespflege, kulturverein (ar)
    ];

    private const int LanguageGaps = 66;

    // README table 3: overdue reviews (before 2025-11-25) per provider, providers by German name, offers by date.
    private static readonly (string Provider, (string Kind, string Id, string Name, string Reviewed, string ReviewedGerman)[] Offers)[] Overdue =
    [
        ("Bildungswerk Ruhr",
        [
            ("sprachkurse", "online-kurs-kreisweit", "Online-Deutschkurs für den ganzen Kreis", "2025-08-15", "15. August 2025"),
            ("dolmetscher", "sprachmittlerpool-kreis", "Sprachmittlerpool Kreis", "2025-10-01", "1. Oktober 2025"),
        ]),
        ("Deutsch-Arabischer Kulturverein Witten",
        [
            ("organisationen", "kulturverein-witten", "Deutsch-Arabischer Kulturverein Witten", "2025-06-30", "30. Juni 2025"),
            ("pflege", "tagespflege-witten", "Tagespflege Witten", "2025-11-24", "24. November 2025"),
        ]),
    ];

    // README table 4: per field of action (handlungsfelder, in site.yaml order).
    private static readonly (string Value, string Label, int Count)[] ByFieldOfAction =
    [
        ("bildung-sprache", "Bildung und Sprachförderung", 3),
        ("teilhabe-sport-kultur", "Gesellschaftliche und politische Teilhabe, Sport und Kultur", 2),
        ("gesundheit-pflege", "Gesundheit und Pflege", 4),
        ("arbeit-wirtschaft", "Arbeit und Wirtschaft", 0),
    ];

    // README table 5: per target group (zielgruppen, in site.yaml order).
    private static readonly (string Value, string Label, int Count)[] ByTargetGroup =
    [
        ("alle", "Alle", 4),
        ("frauen", "Frauen", 1),
        ("maenner", "Männer", 0),
        ("eltern", "Eltern", 2),
        ("kinder", "Kinder", 0),
        ("jugendliche", "Jugendliche", 1),
        ("senioren", "Seniorinnen und Senioren", 2),
        ("gefluechtete", "Geflüchtete", 2),
        ("berufstaetige", "Berufstätige", 1),
        ("studierende", "Studierende", 0),
    ];

    // README table 6: language courses with a waiting list, by id.
    private static readonly (string Id, string Name, string Town)[] WaitingLists =
    [
        ("abendkurs-witten", "Abendkurs Deutsch Witten", "Witten"),
        ("frauenkurs-hattingen", "Frauenkurs Deutsch Hattingen", "Hattingen"),
    ];

    [Fact]
    public void Fixture_BuildsWithoutErrors_AndPublishesNineOfItsElevenRecords()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Sorted()));
        Assert.Equal(11, site.Records);
        Assert.Equal(9, site.Site.Offers.Count);
        Assert.DoesNotContain(site.Site.Offers, o => o.Id is "berufssprachkurs-witten-beendet" or "dolmetschdienst-witten-entwurf");
        Assert.Equal(new DateOnly(2026, 11, 25), site.Report.Today);
    }

    // ---- (a) the calculator's figures

    [Fact]
    public void Calculator_CountsOffersPerTownAndKind_AndDistrictWideOffers()
    {
        var report = site.Report;
        Assert.Equal(Towns.Length * KindFolders.Length, report.OffersByTownAndKind.Count);
        for (var t = 0; t < Towns.Length; t++)
        {
            for (var k = 0; k < KindFolders.Length; k++)
            {
                var count = report.OffersByTownAndKind.Single(c => c.Town.Name == Towns[t] && c.Kind.Folder == KindFolders[k]).Count;
                Assert.True(ByTownAndKind[t][k] == count, $"{Towns[t]}, {KindFolders[k]}: {count}, by hand {ByTownAndKind[t][k]}");
            }
        }
        Assert.Equal(DistrictWide, OfferKinds.All.Select(k => report.DistrictWideByKind[k]));
        Assert.Equal(Towns, report.OffersByTownAndKind.Select(c => c.Town.Name).Distinct());
    }

    [Fact]
    public void Calculator_CountsOffersPerTownAndCommunityLanguage()
    {
        var report = site.Report;
        Assert.Equal(CommunityLanguages, report.CommunityLanguages);
        Assert.Equal(Towns.Length * CommunityLanguages.Length, report.OffersByTownAndLanguage.Count);
        for (var t = 0; t < Towns.Length; t++)
        {
            var counts = CommunityLanguages.Select(l => report.OffersByTownAndLanguage.Single(c => c.Town.Name == Towns[t] && c.Language == l).Count);
            Assert.True(ByTownAndLanguage[t].SequenceEqual(counts), $"{Towns[t]}: [{string.Join(", ", counts)}], by hand [{string.Join(", ", ByTownAndLanguage[t])}]");
        }
        Assert.Equal(LanguageGaps, report.OffersByTownAndLanguage.Count(c => c.Count == 0));
    }

    [Fact]
    public void Calculator_GroupsOverdueReviewsByProvider()
    {
        var actual = site.Report.OverdueReviews
            .Select(g => (g.Provider, string.Join(", ", g.Offers.Select(o => $"{o.Id}@{o.Reviewed:yyyy-MM-dd}"))))
            .ToList();
        var expected = Overdue
            .Select(g => (g.Provider, string.Join(", ", g.Offers.Select(o => $"{o.Id}@{o.Reviewed}"))))
            .ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Calculator_CountsFieldsOfAction_TargetGroups_AndWaitingLists()
    {
        var report = site.Report;
        Assert.Equal(ByFieldOfAction.Select(v => (v.Value, v.Count)), report.ByFieldOfAction.Select(v => (v.Value, v.Count)));
        Assert.Equal(ByTargetGroup.Select(v => (v.Value, v.Count)), report.ByTargetGroup.Select(v => (v.Value, v.Count)));
        Assert.Equal(WaitingLists.Select(w => w.Id), report.CoursesWithWaitingList.Select(o => o.Id));
    }

    // ---- (b) the CSV files

    [Fact]
    public void Csv_ListsTheReportsFiles()
    {
        var files = Directory.GetFiles(Path.Combine(site.Output, "data", "bericht")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["angebote-je-stadt-und-art.csv", "handlungsfelder.csv", "sprachen-je-stadt.csv", "ueberfaellige-pruefungen.csv", "uebersetzungen.csv", "wartelisten.csv", "zielgruppen.csv"],
            files);
    }

    [Fact]
    public void Csv_OffersPerTownAndKind()
    {
        var rows = new List<string> { "stadt;art;angebote" };
        for (var t = 0; t < Towns.Length; t++)
            for (var k = 0; k < KindFolders.Length; k++) rows.Add($"{Towns[t]};{KindFolders[k]};{ByTownAndKind[t][k]}");
        for (var k = 0; k < KindFolders.Length; k++) rows.Add($"kreisweit;{KindFolders[k]};{DistrictWide[k]}");
        Assert.Equal(Csv(rows), site.ReadOutput("data/bericht/angebote-je-stadt-und-art.csv"));
    }

    [Fact]
    public void Csv_OffersPerTownAndLanguage_WithGaps()
    {
        var rows = new List<string> { "stadt;sprache;angebote;luecke" };
        for (var t = 0; t < Towns.Length; t++)
            for (var l = 0; l < CommunityLanguages.Length; l++)
                rows.Add($"{Towns[t]};{CommunityLanguages[l]};{ByTownAndLanguage[t][l]};{(ByTownAndLanguage[t][l] == 0 ? "ja" : "nein")}");
        var csv = site.ReadOutput("data/bericht/sprachen-je-stadt.csv");
        Assert.Equal(Csv(rows), csv);
        Assert.Equal(LanguageGaps, csv.Split("\r\n").Count(line => line.EndsWith(";ja", StringComparison.Ordinal)));
    }

    [Fact]
    public void Csv_OverdueReviews_FieldsOfAction_TargetGroups_WaitingLists()
    {
        Assert.Equal(Csv(
            "traeger;id;name;geprueft_am",
            "Bildungswerk Ruhr;online-kurs-kreisweit;Online-Deutschkurs für den ganzen Kreis;2025-08-15",
            "Bildungswerk Ruhr;sprachmittlerpool-kreis;Sprachmittlerpool Kreis;2025-10-01",
            "Deutsch-Arabischer Kulturverein Witten;kulturverein-witten;Deutsch-Arabischer Kulturverein Witten;2025-06-30",
            "Deutsch-Arabischer Kulturverein Witten;tagespflege-witten;Tagespflege Witten;2025-11-24"),
            site.ReadOutput("data/bericht/ueberfaellige-pruefungen.csv"));
        Assert.Equal(Csv(
            "handlungsfeld;angebote",
            "bildung-sprache;3",
            "teilhabe-sport-kultur;2",
            "gesundheit-pflege;4",
            "arbeit-wirtschaft;0"),
            site.ReadOutput("data/bericht/handlungsfelder.csv"));
        Assert.Equal(Csv(
            "zielgruppe;angebote",
            "alle;4", "frauen;1", "maenner;0", "eltern;2", "kinder;0", "jugendliche;1", "senioren;2", "gefluechtete;2", "berufstaetige;1", "studierende;0"),
            site.ReadOutput("data/bericht/zielgruppen.csv"));
        Assert.Equal(Csv(
            "id;name;ort",
            "abendkurs-witten;Abendkurs Deutsch Witten;Witten",
            "frauenkurs-hattingen;Frauenkurs Deutsch Hattingen;Hattingen"),
            site.ReadOutput("data/bericht/wartelisten.csv"));
    }

    // ---- (c) the report page

    private IDocument Page() => OutputFiles.Parse(Path.Combine(site.Output, "de", "bericht", "index.html"));

    private static IElement Section(IDocument page, string id) =>
        page.QuerySelector($"section[aria-labelledby='{id}']") ?? throw new Xunit.Sdk.XunitException($"no section {id} on the report page");

    private static IReadOnlyList<IElement> BodyRows(IElement section) => section.QuerySelectorAll("table tbody tr").ToList();

    private static int Number(IElement cell)
    {
        var match = LeadingNumber().Match(cell.TextContent);
        Assert.True(match.Success, $"no number in cell {cell.OuterHtml}");
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Page_IsTheGermanReport_ForTheDay()
    {
        var page = Page();
        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("2026-11-25", page.QuerySelector("main time")!.GetAttribute("datetime"));
        Assert.Equal("25. November 2026", page.QuerySelector("main time")!.TextContent);
        Assert.Equal(7, page.QuerySelectorAll("main a[href^='/data/bericht/'][href$='.csv']").Length);
    }

    [Fact]
    public void Page_TownAndKindTable_HasTheHandWorkedNumbers()
    {
        var section = Section(Page(), "town-kind");
        Assert.Equal(["Stadt", "Sprachkurse", "Dolmetschen und Übersetzen", "Kultursensible Pflege", "Migrantenorganisationen", "Ärztinnen und Ärzte", "Beratung", "Summe"],
            section.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        var rows = BodyRows(section);
        Assert.Equal(Towns.Length + 1, rows.Count);
        for (var t = 0; t < Towns.Length; t++)
        {
            Assert.Equal(Towns[t], rows[t].QuerySelector("th")!.TextContent.Trim());
            var cells = rows[t].QuerySelectorAll("td").Select(Number).ToList();
            Assert.True(ByTownAndKind[t].Append(TownTotals[t]).SequenceEqual(cells), $"{Towns[t]}: [{string.Join(", ", cells)}]");
        }
        var district = rows[^1];
        Assert.Equal("für den ganzen Kreis", district.QuerySelector("th")!.TextContent.Trim());
        Assert.Equal(DistrictWide.Append(2), district.QuerySelectorAll("td").Select(Number));
    }

    [Fact]
    public void Page_LanguageTable_HasTheHandWorkedNumbers_AndTheGapCount()
    {
        var section = Section(Page(), "languages");
        Assert.Equal(CommunityLanguageNames.Prepend("Stadt"), section.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        var rows = BodyRows(section);
        Assert.Equal(Towns.Length, rows.Count);
        for (var t = 0; t < Towns.Length; t++)
        {
            Assert.Equal(Towns[t], rows[t].QuerySelector("th")!.TextContent.Trim());
            var cells = rows[t].QuerySelectorAll("td").Select(Number).ToList();
            Assert.True(ByTownAndLanguage[t].SequenceEqual(cells), $"{Towns[t]}: [{string.Join(", ", cells)}]");
        }
        Assert.Equal(LanguageGaps.ToString(CultureInfo.InvariantCulture), section.QuerySelector("p strong")!.TextContent.Trim());
    }

    [Fact]
    public void Page_OverdueTable_GroupsOffersUnderTheirProvider()
    {
        var rows = BodyRows(Section(Page(), "overdue"));
        var expected = Overdue.SelectMany(g => g.Offers.Select((o, i) => (Group: g, Offer: o, First: i == 0))).ToList();
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (group, offer, first) = expected[i];
            var header = rows[i].QuerySelector("th");
            if (first)
            {
                Assert.NotNull(header);
                Assert.Equal(group.Provider, header!.TextContent.Trim());
                Assert.Equal(group.Offers.Length.ToString(CultureInfo.InvariantCulture), header.GetAttribute("rowspan"));
            }
            else
            {
                Assert.Null(header);
            }
            var cells = rows[i].QuerySelectorAll("td").ToList();
            var link = cells[0].QuerySelector("a")!;
            Assert.Equal(offer.Name, link.TextContent.Trim());
            Assert.Equal($"/de/{offer.Kind}/{offer.Id}.html", link.GetAttribute("href"));
            Assert.Equal(offer.ReviewedGerman, cells[1].TextContent.Trim());
        }
    }

    [Fact]
    public void Page_FieldAndTargetGroupTables_AndWaitingList_HaveTheHandWorkedNumbers()
    {
        var page = Page();
        var fields = BodyRows(Section(page, "fields"));
        Assert.Equal(ByFieldOfAction.Select(v => (v.Label, v.Count)), fields.Select(r => (r.QuerySelector("th")!.TextContent.Trim(), Number(r.QuerySelector("td")!))));
        var groups = BodyRows(Section(page, "groups"));
        Assert.Equal(ByTargetGroup.Select(v => (v.Label, v.Count)), groups.Select(r => (r.QuerySelector("th")!.TextContent.Trim(), Number(r.QuerySelector("td")!))));
        var waiting = Section(page, "waiting").QuerySelectorAll("li a").ToList();
        Assert.Equal(WaitingLists.Select(w => (w.Name, $"/de/sprachkurse/{w.Id}.html")), waiting.Select(a => (a.TextContent.Trim(), a.GetAttribute("href")!)));
    }

    [Theory]
    [InlineData("town-kind")]
    [InlineData("languages")]
    [InlineData("fields")]
    [InlineData("groups")]
    public void Page_EveryChart_IsAnInlineSvgImageWithATitle_AndHasATable(string sectionId)
    {
        var section = Section(Page(), sectionId);
        var svgs = section.QuerySelectorAll("figure svg").ToList();
        var svg = Assert.Single(svgs);
        Assert.Equal("img", svg.GetAttribute("role"));
        var title = svg.Children.FirstOrDefault(c => c.LocalName == "title");
        Assert.NotNull(title);
        Assert.False(string.IsNullOrWhiteSpace(title!.TextContent));
        Assert.Equal(title.GetAttribute("id"), svg.GetAttribute("aria-labelledby"));
        var table = Assert.Single(section.QuerySelectorAll("table.report-table"));
        Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent), $"{sectionId}: the chart's table has no caption");
        Assert.NotEmpty(table.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public void Page_ChartCount_IsFour_AndTheOverdueAndWaitingSectionsHaveNoChart()
    {
        var page = Page();
        Assert.Equal(4, page.QuerySelectorAll("main svg[role='img']").Length);
        Assert.Empty(Section(page, "overdue").QuerySelectorAll("svg"));
        Assert.Empty(Section(page, "waiting").QuerySelectorAll("svg"));
    }

    [Fact]
    public void Page_HeatMap_HatchesExactlyTheGaps()
    {
        var svg = Section(Page(), "languages").QuerySelector("svg")!;
        var hatched = svg.QuerySelectorAll("rect").Count(r => r.GetAttribute("fill") == "url(#chart-languages-gap)");
        Assert.Equal(LanguageGaps, hatched);
    }

    [Fact]
    public void Page_ZeroCells_InTheTownTables_AreMarkedAsGaps_AndOnlyThey()
    {
        var page = Page();
        foreach (var id in new[] { "town-kind", "languages" })
        {
            // The town rows; the district-wide row of the first table is no town and has no gaps.
            foreach (var row in BodyRows(Section(page, id)).Take(Towns.Length))
            {
                var cells = row.QuerySelectorAll("td").ToList();
                if (id == "town-kind") cells = cells.SkipLast(1).ToList(); // the sum
                foreach (var cell in cells) AssertGapMarking(id, row, cell);
            }
        }
    }

    [Fact]
    public void Page_ZeroCells_InTheFieldAndTargetGroupTables_AreMarkedAsGaps_AndOnlyThey()
    {
        var page = Page();
        foreach (var id in new[] { "fields", "groups" })
        {
            foreach (var row in BodyRows(Section(page, id)))
            {
                AssertGapMarking(id, row, row.QuerySelector("td")!);
            }
        }
    }

    /// <summary>A gap (zero) is marked with the class "gap" and, readable without colour, the text "(Lücke)"; a count is not.</summary>
    private static void AssertGapMarking(string table, IElement row, IElement cell)
    {
        var where = $"{table}, {row.QuerySelector("th")!.TextContent.Trim()}: {cell.OuterHtml}";
        if (Number(cell) == 0)
        {
            Assert.True(cell.ClassList.Contains("gap"), $"{where}: a zero without the class gap");
            Assert.True(cell.TextContent.Contains("(Lücke)", StringComparison.Ordinal), $"{where}: a zero without the visible mark \"(Lücke)\"");
        }
        else
        {
            Assert.False(cell.ClassList.Contains("gap") || cell.TextContent.Contains("Lücke", StringComparison.Ordinal), $"{where}: a count marked as gap");
        }
    }

    private static string Csv(IEnumerable<string> rows) => string.Concat(rows.Select(r => r + "\r\n"));

    private static string Csv(params string[] rows) => Csv((IEnumerable<string>)rows);

    [GeneratedRegex(@"^\s*(\d+)")]
    private static partial Regex LeadingNumber();
}
