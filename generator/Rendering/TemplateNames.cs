using Angebotsverzeichnis.Model;

namespace Angebotsverzeichnis.Rendering;

/// <summary>Which template renders which page type; the name is also the page's type in the markup (body class).</summary>
public static class TemplateNames
{
    public const string Layout = "layouts/base.html";
    public const string LanguageSitemap = "feeds/sitemap.xml";
    public const string UpdatesFeed = "feeds/updates.atom.xml";
    public const string SitemapIndex = "root/sitemap-index.xml";
    public const string Robots = "root/robots.txt";
    public const string LanguageChooser = "root/index.html";
    public const string RootNotFound = "root/404.html";
    public const string OpenData = "root/data.html";
    public const string CoverageReport = "report/bericht.html";

    public static string Of(PageType type) => type switch
    {
        PageType.Home => "home",
        PageType.KindListing or PageType.TownListing or PageType.LanguageListing => "listing",
        PageType.TownIndex or PageType.LanguageIndex => "index",
        PageType.OfferDetail => "offer",
        PageType.About => "about",
        PageType.AccessibilityStatement => "accessibility",
        PageType.EasyLanguage => "easy-language",
        PageType.SignLanguage => "sign-language",
        PageType.Imprint => "imprint",
        PageType.Search => "search",
        PageType.Leaflets => "teachers",
        PageType.Leaflet => "leaflet",
        PageType.LeafletCollection => "leaflet-collection",
        PageType.NotFound => "not-found",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string PageTemplate(PageType type) => type switch
    {
        PageType.Leaflet => "leaflets/merkblatt.html",
        PageType.LeafletCollection => "leaflets/sammeldruck.html",
        _ => $"pages/{Of(type)}.html",
    };

    /// <summary>Leaflets are documents of their own for printing: no navigation, no site layout.</summary>
    public static bool UsesLayout(PageType type) => type is not (PageType.Leaflet or PageType.LeafletCollection);
}
