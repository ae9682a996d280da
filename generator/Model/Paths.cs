using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Model;

/// <summary>
/// The URL scheme, as paths below a language folder. A page has the same path in every language
/// (/de/sprachkurse/x.html, /tr/sprachkurse/x.html), which makes the language switcher and hreflang a matter of
/// swapping the first segment. Listings and overviews are folders (/de/sprachkurse/); an offer's page is a file
/// beside them, with its calendar entry next to it: a folder of its own for each of ten thousand offers in eight
/// languages was the largest single cost of writing the site.
/// </summary>
public static class Paths
{
    public const string TownsFolder = "orte";
    public const string LanguagesFolder = "sprachen";
    public const string AboutFolder = "ueber";
    public const string SearchFolder = "suche";
    public const string AccessibilityFolder = "barrierefreiheit";
    public const string EasyLanguageFolder = "leichte-sprache";
    public const string SignLanguageFolder = "gebaerdensprache";
    public const string ImprintFolder = "impressum";
    /// <summary>Media files named in site.yaml (the sign-language video), copied from content/medien/ to the site's root.</summary>
    public const string MediaFolder = "medien";
    /// <summary>The coverage report, in the source language only.</summary>
    public const string ReportFolder = "bericht";
    /// <summary>Open-data exports at the site's root, shared by all languages.</summary>
    public const string OpenDataFolder = "data";
    public const string NotFoundFile = "404.html";
    public const string PageSegmentPrefix = "seite-";

    public static string Home => "";

    public static string Kind(OfferKind kind, int page = 1) => Paged(kind.Folder + "/", page);

    public static string Offer(Offer offer) => $"{offer.Kind.Folder}/{offer.Id}.html";

    public static string Towns => TownsFolder + "/";

    public static string Town(string slug, int page = 1) => Paged($"{TownsFolder}/{slug}/", page);

    public static string Languages => LanguagesFolder + "/";

    public static string OfferLanguage(string code, int page = 1) => Paged($"{LanguagesFolder}/{code}/", page);

    public static string About => AboutFolder + "/";

    public static string Search => SearchFolder + "/";

    public static string AccessibilityStatement => AccessibilityFolder + "/";

    public static string EasyLanguage => EasyLanguageFolder + "/";

    public static string SignLanguage => SignLanguageFolder + "/";

    public static string Imprint => ImprintFolder + "/";

    public static string Media(string file) => $"{MediaFolder}/{file}";

    public const string LeafletsFolder = "merkblatt";

    public static string Leaflets => LeafletsFolder + "/";

    public static string Leaflet(string slug) => $"{LeafletsFolder}/{slug}/";

    public static string LeafletPdf(string slug) => $"{LeafletsFolder}/{slug}/merkblatt.pdf";

    public static string LeafletCollection => $"{LeafletsFolder}/sammeldruck/";

    public static string OfferCalendar(Offer offer) => $"{offer.Kind.Folder}/{offer.Id}.ics";

    /// <summary>The course starts of a language as an iCalendar feed.</summary>
    public const string CourseStartsFeed = "kursbeginne.ics";

    /// <summary>New and changed offers of a language as an Atom feed.</summary>
    public const string UpdatesFeed = "aktualisiert.atom";

    /// <summary>The search and filter data of a language (see Rendering/SearchIndexWriter).</summary>
    public const string SearchIndex = "angebote.json";

    public static string NotFound => NotFoundFile;

    /// <summary>The file a path is written to: folders get an index.html.</summary>
    public static string FileOf(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;

    private static string Paged(string path, int page) => page <= 1 ? path : $"{path}{PageSegmentPrefix}{page}/";
}
