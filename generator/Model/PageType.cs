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
    Search,
    /// <summary>The teachers' page: all leaflets by town and language.</summary>
    Leaflets,
    /// <summary>A printable leaflet (a standalone document without the site's layout).</summary>
    Leaflet,
    /// <summary>Several leaflets printed together, put together in the browser.</summary>
    LeafletCollection,
    NotFound,
}
