namespace Angebotsverzeichnis.Model;

/// <summary>The kinds of page; each has a template of the same name in templates/pages/.</summary>
public enum PageType
{
    Home,
    KindListing,
    TownIndex,
    TownListing,
    LanguageIndex,
    LanguageListing,
    OfferDetail,
    About,
    /// <summary>Erklärung zur Barrierefreiheit (BITV 2.0 § 7), with the feedback form.</summary>
    AccessibilityStatement,
    /// <summary>What the site offers and how to use it, in Leichte Sprache (German easy-to-read language, BITV 2.0 § 4).</summary>
    EasyLanguage,
    /// <summary>The explanation in German Sign Language (DGS) as a video, BITV 2.0 § 4.</summary>
    SignLanguage,
    Imprint,
    Search,
    /// <summary>The teachers' page: all leaflets by town and language.</summary>
    Leaflets,
    /// <summary>A printable leaflet (a standalone document without the site's layout).</summary>
    Leaflet,
    /// <summary>Several leaflets printed together, put together in the browser.</summary>
    LeafletCollection,
    NotFound,
}
