using System.Collections.Concurrent;
using System.Globalization;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Rendering.Views;
using Scriban.Runtime;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Rendering;

/// <summary>The template variables of every page of one language: site, page, and the page's subject.</summary>
public sealed class LanguagePages
{
    private readonly Site _site;
    private readonly LanguageTexts _texts;
    private readonly SiteLinks _links;
    private readonly StringComparer _nameOrder;
    private readonly AssetManifest _assets;
    private readonly LegalViews _legal;
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<Offer>>> _sortedListings = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, int>> _nameRanks;

    public LanguagePages(Site site, LanguageTexts texts, SiteLinks links, AssetManifest assets)
    {
        _site = site;
        _texts = texts;
        _links = links;
        _nameOrder = StringComparer.Create(texts.Culture, CompareOptions.None);
        _nameRanks = new(RankByName);
        Offers = new OfferViews(site, texts, links);
        _legal = new LegalViews(site.Settings, texts, links, Offers);
        _assets = assets;
        Site = CreateSiteView(assets);
    }

    public LanguageTexts Texts => _texts;

    public OfferViews Offers { get; }

    public SiteView Site { get; }

    private string Lang => _texts.Language.Code;

    public ScriptObject Globals(PlannedPage page)
    {
        var globals = new ScriptObject { ["site"] = Site };
        object heading;
        var crumbs = new List<LinkView> { new(_texts.Ui("nav.home"), Href(Paths.Home)) };
        string? description = null;
        switch (page.Type)
        {
            case PageType.Home:
                heading = _texts.Ui("site.title");
                crumbs.Clear();
                globals["home"] = Home();
                globals["filters"] = Filters();
                break;
            case PageType.KindListing:
                heading = _texts.Ui($"kind.{page.Key}.title");
                description = _texts.Ui($"kind.{page.Key}.intro").Text;
                globals["listing"] = Listing(page, heading, _texts.Ui($"kind.{page.Key}.intro"));
                globals["filters"] = Filters(kind: page.Key);
                break;
            case PageType.TownIndex:
                heading = _texts.Ui("listing.towns");
                globals["index"] = new IndexView(heading, TownLinks());
                break;
            case PageType.TownListing:
                var town = _site.Settings.Towns.First(t => t.Slug == page.Key);
                heading = _texts.Format("listing.in_town", town.Name);
                crumbs.Add(new LinkView(_texts.Ui("listing.towns"), Href(Paths.Towns)));
                globals["listing"] = Listing(page, heading, null);
                globals["filters"] = Filters(town: page.Key);
                break;
            case PageType.LanguageIndex:
                heading = _texts.Ui("listing.languages");
                globals["index"] = new IndexView(heading, LanguageLinks());
                break;
            case PageType.LanguageListing:
                heading = _texts.Format("listing.in_language", _texts.LanguageName(page.Key!).Text);
                crumbs.Add(new LinkView(_texts.Ui("listing.languages"), Href(Paths.Languages)));
                globals["listing"] = Listing(page, heading, null);
                globals["filters"] = Filters(language: page.Key);
                break;
            case PageType.OfferDetail:
                var offer = Offers.Detail(page.Offer!);
                heading = offer.Summary.Name;
                // A meta description cannot carry a lang attribute, so a German teaser on another language's page gives way to the site's description.
                description = offer.Summary.Teaser is LocalizedValue { IsFallback: false } teaser ? teaser.Text : null;
                crumbs.Add(new LinkView(_texts.Ui($"kind.{offer.Summary.Kind}.title"), offer.KindUrl));
                globals["offer"] = offer;
                break;
            case PageType.Search:
                heading = _texts.Ui("search.title");
                globals["filters"] = Filters();
                break;
            case PageType.Leaflets:
                heading = _texts.Ui("teachers.title");
                description = _texts.Ui("teachers.intro").Text;
                globals["teachers"] = Teachers();
                break;
            case PageType.Leaflet:
                var leaflet = new LeafletViews(_site, this, SourcePages, _links).Create(page.Leaflet!);
                heading = leaflet.TitleText;
                globals["leaflet"] = leaflet;
                break;
            case PageType.LeafletCollection:
                heading = _texts.Ui("teachers.compose_title");
                globals["teachers"] = Teachers();
                break;
            case PageType.About:
                heading = _texts.Ui("about.title");
                break;
            case PageType.AccessibilityStatement:
                heading = _texts.Ui("erklaerung.title");
                globals["statement"] = _legal.Statement();
                break;
            case PageType.EasyLanguage:
                heading = _texts.Ui("leichte_sprache.title");
                globals["statement"] = _legal.Statement();
                break;
            case PageType.SignLanguage:
                heading = _texts.Ui("gebaerdensprache.title");
                globals["sign_language"] = _legal.SignLanguage();
                globals["statement"] = _legal.Statement();
                break;
            case PageType.Imprint:
                heading = _texts.Ui("impressum.title");
                globals["imprint"] = _legal.Imprint();
                break;
            case PageType.NotFound:
                heading = _texts.Ui("notfound.title");
                crumbs.Clear();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(page), page.Type, null);
        }
        var title = HeadingText(heading);
        if (page.PageCount > 1) title += " – " + _texts.Format("listing.page_of", page.PageNumber, page.PageCount).Text;
        globals["page"] = new PageView
        {
            Type = TemplateNames.Of(page.Type),
            Heading = heading,
            Title = page.Type == PageType.Home ? title : $"{title} – {_texts.Ui("site.short_title").Text}",
            Description = description ?? _texts.Ui("site.description").Text,
            Lang = Lang,
            Dir = _texts.Language.Direction,
            OgLocale = _texts.OgLocale,
            Url = Href(page.Path),
            Canonical = _links.Absolute(Lang, page.Path),
            Alternates = Alternates(page.Path),
            Breadcrumbs = crumbs,
            NoIndex = page.Type == PageType.NotFound,
        };
        return globals;
    }

    private static string HeadingText(object heading) => heading is LocalizedValue value ? value.Text : heading.ToString() ?? "";

    private string Href(string path) => _links.Href(Lang, path);

    private IReadOnlyList<AlternateView> Alternates(string path) => _site.Languages
        .Select(l => new AlternateView(l.Code, l.Direction, l.Name, _links.Href(l.Code, path), _links.Absolute(l.Code, path), l.Code == Lang))
        .ToList();

    private SiteView CreateSiteView(AssetManifest assets) => new()
    {
        Title = _texts.Ui("site.title"),
        TitleText = _texts.Ui("site.title").Text,
        HomeUrl = Href(Paths.Home),
        Navigation = OfferKinds.All
            .Select(k => new LinkView(_texts.Ui($"kind.{k.Folder}.title"), Href(Paths.Kind(k))))
            .Append(new LinkView(_texts.Ui("listing.towns"), Href(Paths.Towns)))
            .Append(new LinkView(_texts.Ui("listing.languages"), Href(Paths.Languages)))
            .Append(new LinkView(_texts.Ui("nav.search"), Href(Paths.Search)))
            .ToList(),
        AboutUrl = Href(Paths.About),
        AccessibilityUrl = Href(Paths.AccessibilityStatement),
        EasyLanguageUrl = Href(Paths.EasyLanguage),
        SignLanguageUrl = Href(Paths.SignLanguage),
        ImprintUrl = Href(Paths.Imprint),
        PrivacyUrl = Href(Paths.About) + "#about-privacy",
        StylesheetUrl = assets.Href("site.css"),
        ScriptUrl = assets.Href("site.js"),
        ServiceWorkerUrl = assets.Href("sw.js") + "?v=" + _site.DataDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        RootUrl = _links.RootHref(""),
        DataDate = _texts.Date(_site.DataDate),
        DataDateIso = _site.DataDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Publisher = PublisherContact(),
        CourseStartsUrl = Href(Paths.CourseStartsFeed),
        UpdatesFeedUrl = Href(Paths.UpdatesFeed),
        OpenDataUrl = _links.RootHref(Paths.OpenDataFolder + "/"),
        LeafletsUrl = Href(Paths.Leaflets),
        ReportUrl = _links.Href(_site.SourceLanguage.Code, Paths.ReportFolder + "/"),
        ReportLang = _site.SourceLanguage.Code,
        SiteName = _texts.Ui("site.short_title").Text,
        LegalPublisher = _site.Settings.LegalNotice.Publisher ?? _site.Settings.Publisher.Name,
        BaseUrl = _site.Settings.BaseUrl.AbsoluteUri,
        SourceLang = _site.SourceLanguage.Code,
        SourceDir = _site.SourceLanguage.Direction,
    };

    private ContactView PublisherContact()
    {
        var p = _site.Settings.Publisher;
        return Offers.Contact(p.Name, new Loading.Records.PostalAddress(p.Street, p.Postcode, null), p.Town, null, p.Phone, p.Email, p.Website);
    }

    private HomeView Home()
    {
        var kinds = OfferKinds.All.Select(k =>
        {
            var folder = k.Folder;
            return new KindEntryView(folder, _texts.Ui($"kind.{folder}.title"), _texts.Ui($"kind.{folder}.intro"),
                Href(Paths.Kind(k)), _site.Offers.Count(o => o.Kind == k));
        }).ToList();
        return new HomeView(_site.Offers.Count, _texts.List(_site.Settings.Towns.Select(t => t.Name).ToList()), kinds, TownLinks(), LanguageLinks());
    }

    /// <summary>Each town with the number its listing shows: the town's own offers and those open to the whole district.</summary>
    private IReadOnlyList<LinkView> TownLinks() => _site.Settings.Towns
        .Select(t => new LinkView(t.Name, Href(Paths.Town(t.Slug)), _site.Offers.Count(o => o.Town == t.Name || o.DistrictWide)))
        .ToList();

    private IReadOnlyList<LinkView> LanguageLinks() => OfferLanguagesByName()
        .Select(x => new LinkView(x.Name, Href(Paths.OfferLanguage(x.Code)), _site.OffersInLanguage(x.Code)))
        .ToList();

    /// <summary>The languages offers are available in, ordered by their names in this page's language.</summary>
    private IEnumerable<(string Code, LocalizedValue Name)> OfferLanguagesByName() => _site.OfferLanguages
        .Select(code => (Code: code, Name: _texts.LanguageName(code)))
        .OrderBy(x => x.Name.Text, _nameOrder)
        .ThenBy(x => x.Code, StringComparer.Ordinal);

    /// <summary>The pages of the source language, for the German half of bilingual leaflets.</summary>
    public LanguagePages SourcePages { get; set; } = null!;

    private TeachersView Teachers()
    {
        var places = _site.Settings.Towns.Select(t => (Name: t.Name, Slug: t.Slug))
            .Append((Name: _texts.Ui("teachers.district").Text, Slug: Model.Leaflets.LeafletPlanner.DistrictSlug));
        var towns = places.Select(place => new TeachersTownView(place.Name, place.Slug, _site.Languages.Select(l =>
            new TeachersLeafletView(l.Code, l.Direction, l.Name, _links.Href(l.Code, Paths.Leaflet(place.Slug)),
                _site.PrintsLeafletPdfs ? _links.Href(l.Code, Paths.LeafletPdf(place.Slug)) : null)).ToList())).ToList();
        var languages = _site.Languages.Select(l => new OptionView(l.Code, l.Name, l.Code == Lang)).ToList();
        return new TeachersView(towns, languages, Href(Paths.LeafletCollection), Href(Paths.Leaflets),
            _links.Href("{lang}", Paths.Leaflet("{slug}")), _assets.Href("leaflets.js"));
    }

    /// <summary>The filter form of a page; the option lists are built once per language, only the selection differs.</summary>
    private FilterView Filters(string? kind = null, string? town = null, string? language = null)
    {
        var all = _allFilters ??= CreateFilters();
        static IReadOnlyList<OptionView> Select(IReadOnlyList<OptionView> options, string? selected) =>
            selected is null ? options : options.Select(o => o with { Selected = o.Value == selected }).ToList();
        return all with
        {
            Key = $"{kind}|{town}|{language}",
            Kinds = Select(all.Kinds, kind), Towns = Select(all.Towns, town), Languages = Select(all.Languages, language),
        };
    }

    private FilterView? _allFilters;

    private FilterView CreateFilters()
    {
        var lists = _site.Settings.Lists;
        return new FilterView
        {
            IndexUrl = Href(Paths.SearchIndex),
            SearchUrl = Href(Paths.Search),
            Kinds = OfferKinds.All.Select(k => k.Folder)
                .Select(f => new OptionView(f, _texts.Ui($"kind.{f}.title").Text)).ToList(),
            Towns = _site.Settings.Towns.Select(t => new OptionView(t.Slug, t.Name)).ToList(),
            Languages = OfferLanguagesByName().Select(x => new OptionView(x.Code, x.Name.Text)).ToList(),
            TargetGroups = lists[Loading.Settings.ClosedLists.TargetGroups]
                .Select(v => new OptionView(v, _texts.Label(Loading.Settings.ClosedLists.TargetGroups, v).Text)).ToList(),
            Deliveries = new[] { Loading.Settings.ClosedLists.OnSite, Loading.Settings.ClosedLists.Online }
                .Select(v => new OptionView(v, _texts.Label(Loading.Settings.ClosedLists.Delivery, v).Text)).ToList(),
            Options = OfferKinds.All.SelectMany(k => k.FilterLists).Distinct().ToDictionary(list => list, list => (IReadOnlyList<OptionView>)lists[list]
                .Select(v => new OptionView(v, Loading.Settings.ClosedLists.ShownVerbatim.Contains(list) ? v : _texts.Label(list, v).Text)).ToList(), StringComparer.Ordinal),
            KindFilters = OfferKinds.All.Where(k => k.SearchFilters.Count > 0).Select(k => new KindFilterView(k.Folder,
                _texts.Ui($"kind.{k.Folder}.title").Text,
                k.SearchFilters.Select(f => new FacetView(f.Field.Name, _texts.Ui(f.Label).Text, lists[f.Field.List!]
                    .Select(v => new OptionView(v, _texts.Label(f.Field.List!, v).Text)).ToList())).ToList())).ToList(),
            Weeks = new[] { 4, 8, 12, 26 }.Select(n => new OptionView(n.ToString(CultureInfo.InvariantCulture), _texts.Format("filter.weeks", _texts.Number(n)).Text)).ToList(),
        };
    }

    /// <summary>All offers of a listing in this language's order of names.</summary>
    public IReadOnlyList<Offer> SortedListing(PlannedPage page) => _sortedListings.GetOrAdd($"{page.Type}/{page.Key}", _ => new(() =>
    {
        var ranks = _nameRanks.Value;
        return page.Offers.OrderBy(o => ranks[o.Id]).ToList();
    })).Value;

    /// <summary>
    /// Each offer's place among all offers in this language's order of names (then ids), sorted once: an offer is in
    /// several listings, and comparing names by the language's rules costs far more than comparing two numbers.
    /// </summary>
    private Dictionary<string, int> RankByName() => _site.Offers
        .OrderBy(o => _texts.Record(o.Name).Text, _nameOrder)
        .ThenBy(o => o.Id, StringComparer.Ordinal)
        .Select((offer, rank) => (offer.Id, rank))
        .ToDictionary(x => x.Id, x => x.rank, StringComparer.Ordinal);

    /// <summary>The offers one page of a listing shows.</summary>
    public IEnumerable<Offer> PageSlice(PlannedPage page)
    {
        var perPage = _site.Settings.EntriesPerPage;
        return SortedListing(page).Skip((page.PageNumber - 1) * perPage).Take(perPage);
    }

    private ListingView Listing(PlannedPage page, object heading, object? intro)
    {
        var sorted = SortedListing(page);
        var items = PageSlice(page).Select(Offers.Summary).ToList();
        var pages = PageWindow.Numbers(page.PageNumber, page.PageCount)
            .Select(n => n is { } number
                ? new LinkView(_texts.Number(number), Href(page.PathOfPage!(number)), 0, number == page.PageNumber)
                : new LinkView("…", "", 0, false) { IsGap = true })
            .ToList();
        return new ListingView
        {
            Heading = heading,
            Intro = intro,
            Items = items,
            Total = sorted.Count,
            PageNumber = page.PageNumber,
            PageCount = page.PageCount,
            Pages = page.PageCount > 1 ? pages : [],
            PreviousUrl = page.PageNumber > 1 ? Href(page.PathOfPage!(page.PageNumber - 1)) : null,
            NextUrl = page.PageNumber < page.PageCount ? Href(page.PathOfPage!(page.PageNumber + 1)) : null,
        };
    }
}
