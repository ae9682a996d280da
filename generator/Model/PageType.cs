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
    NotFound,
}
