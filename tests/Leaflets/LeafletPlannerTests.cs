using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Model.Leaflets;
using Angebotsverzeichnis.Tests.Support;
using Angebotsverzeichnis.Kinds.MigrantOrganisations;
using Angebotsverzeichnis.Kinds.LanguageCourses;
using Angebotsverzeichnis.Kinds.InterpreterServices;
using Angebotsverzeichnis.Kinds.CareServices;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Tests.Leaflets;

/// <summary>
/// The selection rule on hand-made records around two neighbouring towns, Witten and Herdecke (and Wetter, a
/// neighbour of Herdecke): per kind a fixed number of places, filled with the town's offers, then the district-wide
/// ones, then those of the neighbours in the order site.yaml lists them; within each group by German name
/// (so "Ärzte-…" sorts after "Abend…", not after "Z…"). The district leaflet puts district-wide offers first.
/// Unpublished records and ended courses never appear and never count as "more online".
/// </summary>
public sealed class LeafletPlannerTests : IDisposable
{
    private readonly ScratchSite _scratch = new();

    public LeafletPlannerTests()
    {
        // Language courses: 4 places. Witten has three (and a draft and an ended course), the district two, Herdecke two.
        Course("kurs-abend-witten", "Abendkurs Witten", Witten);
        Course("kurs-aerzte-witten", "Ärzte-Deutsch Witten", Witten);
        Course("kurs-zweit-witten", "Zweitkurs Witten", Witten);
        Course("kurs-entwurf-witten", "Aaa Entwurf Witten", Witten, extra: [("veroeffentlicht", "veroeffentlicht: nein")]);
        Course("kurs-beendet-witten", "Aab Beendet Witten", Witten, extra: [("beginn", "beginn: 2025-09-01"), ("ende", "ende: 2026-01-31")]);
        Course("kurs-online-kreis", "Online-Kurs Kreis", Schwelm, districtWide: true);
        Course("kurs-beruf-kreis", "Berufskurs Kreis", Schwelm, districtWide: true);
        Course("kurs-alpha-herdecke", "Alpha Herdecke", Herdecke);
        Course("kurs-herdecker", "Herdecker Kurs", Herdecke);

        // Interpreting: 3 places. None in Witten or district-wide; one in Herdecke, one in Hattingen.
        Interpreter("dolmetschen-herdecke", "Dolmetschen Herdecke", Herdecke);
        Interpreter("dolmetschen-hattingen", "Zentrum Dolmetschen Hattingen", Hattingen);

        // Care: 3 places. Four in Witten, one district-wide, one in Wetter (Ruhr).
        Care("pflege-a-witten", "Altenpflege Witten", Witten);
        Care("pflege-d-witten", "Diakonie-Pflege Witten", Witten);
        Care("pflege-c-witten", "Caritas-Pflege Witten", Witten);
        Care("pflege-b-witten", "Betreuung Witten", Witten);
        Care("pflege-kreis", "Pflegeberatung Kreis", Schwelm, districtWide: true);
        Care("pflege-wetter", "Zeta-Pflege Wetter", Wetter);
        // Migrant organisations: none at all.

        var diagnostics = new DiagnosticList();
        var (content, _, _) = BuildPipeline.Check(_scratch.Options, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Site = SiteBuilder.Build(content!, ScratchSite.Today, null);
    }

    private Site Site { get; }

    private Leaflet Plan(string? townName) =>
        LeafletPlanner.Plan(Site, townName is null ? null : Site.Settings.Towns.Single(t => t.Name == townName));

    private static IReadOnlyList<string> Names(Leaflet leaflet, OfferKind kind) =>
        leaflet.Sections.Single(s => s.Kind == kind).Offers.Select(o => o.Name.In("de")!).ToList();

    private static int More(Leaflet leaflet, OfferKind kind) => leaflet.Sections.Single(s => s.Kind == kind).MoreOnline;

    [Fact]
    public void PlacesPerKind_AreFourCoursesAndThreeOfEachOtherKind()
    {
        Assert.Equal(4, LanguageCourseKind.Instance.LeafletPlaces);
        Assert.Equal(3, InterpreterServiceKind.Instance.LeafletPlaces);
        Assert.Equal(3, CareServiceKind.Instance.LeafletPlaces);
        Assert.Equal(3, MigrantOrganisationKind.Instance.LeafletPlaces);
    }

    [Fact]
    public void Plan_HasOneLeafletPerTown_InSettingsOrder_ThenTheDistrict()
    {
        var slugs = LeafletPlanner.Plan(Site).Select(l => l.Slug).ToList();
        Assert.Equal(Site.Settings.Towns.Select(t => t.Slug).Append("kreis"), slugs);
        Assert.Null(LeafletPlanner.Plan(Site).Last().Town);
        Assert.All(LeafletPlanner.Plan(Site), l => Assert.Equal(OfferKinds.All, l.Sections.Select(s => s.Kind)));
    }

    [Fact]
    public void TownLeaflet_ListsTownOffersFirst_ThenDistrictWide_ByGermanName_UpToThePlaces()
    {
        var witten = Plan(Witten);
        // Three in Witten, by German collation ("Ä" with "A"), then the first district-wide one fills the fourth place.
        Assert.Equal(["Abendkurs Witten", "Ärzte-Deutsch Witten", "Zweitkurs Witten", "Berufskurs Kreis"], Names(witten, LanguageCourseKind.Instance));
        // Four in Witten for three places: the district-wide service does not fit.
        Assert.Equal(["Altenpflege Witten", "Betreuung Witten", "Caritas-Pflege Witten"], Names(witten, CareServiceKind.Instance));
        Assert.Empty(Names(witten, MigrantOrganisationKind.Instance));
    }

    [Fact]
    public void TownLeaflet_FillsFreePlacesWithNeighbours_InTheOrderOfSiteYaml()
    {
        // Witten's neighbours: Hattingen, Herdecke, Sprockhövel, Wetter (Ruhr). Hattingen's "Zentrum …" comes first
        // although its name sorts last; there is nothing in Witten and nothing district-wide.
        Assert.Equal(["Zentrum Dolmetschen Hattingen", "Dolmetschen Herdecke"], Names(Plan(Witten), InterpreterServiceKind.Instance));
        // Herdecke's neighbours: Wetter (Ruhr), Witten. Hattingen is no neighbour, so its service is not listed.
        Assert.Equal(["Dolmetschen Herdecke"], Names(Plan(Herdecke), InterpreterServiceKind.Instance));
        // Care for Herdecke: nothing in town, the district-wide service, then Wetter before Witten (site.yaml order),
        // and of Witten's four only the first by name.
        Assert.Equal(["Pflegeberatung Kreis", "Zeta-Pflege Wetter", "Altenpflege Witten"], Names(Plan(Herdecke), CareServiceKind.Instance));
        // Herdecke's courses: its own two, then the two district-wide; Witten's (a neighbour) do not fit.
        Assert.Equal(["Alpha Herdecke", "Herdecker Kurs", "Berufskurs Kreis", "Online-Kurs Kreis"], Names(Plan(Herdecke), LanguageCourseKind.Instance));
        // Wetter: its own care service before the district-wide one although "Z" sorts after "P".
        Assert.Equal(["Zeta-Pflege Wetter", "Pflegeberatung Kreis", "Altenpflege Witten"], Names(Plan(Wetter), CareServiceKind.Instance));
    }

    [Fact]
    public void MoreOnline_CountsTheTownsAndDistrictWideOffersLeftOff_NotNeighbours()
    {
        var witten = Plan(Witten);
        Assert.Equal(1, More(witten, LanguageCourseKind.Instance));      // 3 in Witten + 2 district-wide = 5 on the town page; 4 listed
        Assert.Equal(0, More(witten, InterpreterServiceKind.Instance));  // both listed are neighbours'; the town page has none
        Assert.Equal(2, More(witten, CareServiceKind.Instance));         // 4 + 1 = 5 on the town page; 3 listed
        Assert.Equal(0, More(witten, MigrantOrganisationKind.Instance));
        var herdecke = Plan(Herdecke);
        Assert.Equal(0, More(herdecke, LanguageCourseKind.Instance));    // 2 + 2, all listed
        Assert.Equal(0, More(herdecke, CareServiceKind.Instance));       // only the district-wide one is on the town page; it is listed
        var wetter = Plan(Wetter);
        Assert.Equal(0, More(wetter, LanguageCourseKind.Instance));      // the two district-wide courses are listed (with Herdecke's)
    }

    [Fact]
    public void DistrictLeaflet_PutsDistrictWideOffersFirst_ThenTheTownsInSettingsOrder()
    {
        var district = Plan(null);
        Assert.Equal("kreis", district.Slug);
        // District-wide first (by name), then Herdecke (5th town) before Witten (9th).
        Assert.Equal(["Berufskurs Kreis", "Online-Kurs Kreis", "Alpha Herdecke", "Herdecker Kurs"], Names(district, LanguageCourseKind.Instance));
        Assert.Equal(["Zentrum Dolmetschen Hattingen", "Dolmetschen Herdecke"], Names(district, InterpreterServiceKind.Instance));
        Assert.Equal(["Pflegeberatung Kreis", "Zeta-Pflege Wetter", "Altenpflege Witten"], Names(district, CareServiceKind.Instance));
        // More online on the district leaflet: all published offers of the kind that are not listed.
        Assert.Equal(3, More(district, LanguageCourseKind.Instance));    // 7 published courses (draft and ended one left out), 4 listed
        Assert.Equal(0, More(district, InterpreterServiceKind.Instance));
        Assert.Equal(3, More(district, CareServiceKind.Instance));       // 6 care services, 3 listed
    }

    [Fact]
    public void NoLeaflet_ListsADraftOrAnEndedCourse()
    {
        var ids = LeafletPlanner.Plan(Site).SelectMany(l => l.Sections).SelectMany(s => s.Offers).Select(o => o.Id).ToHashSet();
        Assert.DoesNotContain("kurs-entwurf-witten", ids);
        Assert.DoesNotContain("kurs-beendet-witten", ids);
    }

    [Fact]
    public void EveryLeaflet_KeepsToThePlaces_AndCountsMoreOnlineAsTheTownPageDoes()
    {
        foreach (var leaflet in LeafletPlanner.Plan(Site))
        {
            foreach (var section in leaflet.Sections)
            {
                Assert.True(section.Offers.Count <= section.Kind.LeafletPlaces, $"{leaflet.Slug}/{section.Kind}: {section.Offers.Count} offers");
                Assert.All(section.Offers, o => Assert.Equal(section.Kind, o.Kind));
                Assert.Equal(section.Offers.Count, section.Offers.Select(o => o.Id).Distinct().Count());
                // The town page lists the town's offers and the district-wide ones; the district leaflet stands for all.
                var online = Site.Offers.Where(o => o.Kind == section.Kind && (leaflet.Town is null || o.Town == leaflet.Town.Name || o.DistrictWide));
                var expected = online.Count(o => !section.Offers.Contains(o));
                Assert.True(expected == section.MoreOnline, $"{leaflet.Slug}/{section.Kind}: more online {section.MoreOnline}, expected {expected}");
            }
        }
    }

    [Fact]
    public void LeafletPage_ShowsOnlyKindsWithOffers_AndTheMoreOnlineNote()
    {
        var result = _scratch.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        var page = OutputFiles.Parse(Path.Combine(_scratch.OutputDirectory, "de", "merkblatt", "witten", "index.html"));
        var sections = page.QuerySelectorAll(".leaflet-section").ToList();
        Assert.Equal(["Sprachkurse", "Dolmetschen und Übersetzen", "Kultursensible Pflege"],
            sections.Select(s => s.QuerySelector(".section-heading .de-part, .section-heading.de-part")!.TextContent));
        Assert.Equal(["Abendkurs Witten", "Ärzte-Deutsch Witten", "Zweitkurs Witten", "Berufskurs Kreis"],
            sections[0].QuerySelectorAll(".offer-name .de-part, .offer-name.de-part").Select(e => e.TextContent));
        Assert.EndsWith(": 1", sections[0].QuerySelector(".more .de-part")!.TextContent);
        Assert.Null(sections[1].QuerySelector(".more"));
        Assert.EndsWith(": 2", sections[2].QuerySelector(".more .de-part")!.TextContent);
    }

    public void Dispose() => _scratch.Dispose();

    private const string Witten = "Witten";
    private const string Herdecke = "Herdecke";
    private const string Hattingen = "Hattingen";
    private const string Schwelm = "Schwelm";
    private const string Wetter = "Wetter (Ruhr)";

    private static readonly Dictionary<string, string> Postcodes = new()
    {
        [Witten] = "58452", [Herdecke] = "58313", [Hattingen] = "45525", [Schwelm] = "58332", [Wetter] = "58300",
    };

    private static string Place(string yaml, string name, string town, bool districtWide)
    {
        yaml = SampleRecords.With(yaml, "name", $"name:\n  de: {name}");
        yaml = SampleRecords.With(yaml, "ort", $"ort: {town}");
        yaml = SampleRecords.With(yaml, "adresse", $"adresse:\n  strasse: Teststraße 1\n  plz: \"{Postcodes[town]}\"");
        return SampleRecords.With(yaml, "kreisweit", $"kreisweit: {(districtWide ? "ja" : "nein")}");
    }

    private void Course(string id, string name, string town, bool districtWide = false, (string Field, string Line)[]? extra = null)
    {
        var yaml = Place(SampleRecords.Course, name, town, districtWide);
        foreach (var (field, line) in extra ?? []) yaml = SampleRecords.With(yaml, field, line);
        _scratch.WriteRecord("sprachkurse", id, yaml);
    }

    private void Interpreter(string id, string name, string town) =>
        _scratch.WriteRecord("dolmetscher", id, Place(SampleRecords.Interpreter, name, town, districtWide: false));

    private void Care(string id, string name, string town, bool districtWide = false) =>
        _scratch.WriteRecord("pflege", id, SampleRecords.With(Place(SampleRecords.Care, name, town, districtWide), "versorgungsgebiet", $"versorgungsgebiet: [{town}]"));
}
