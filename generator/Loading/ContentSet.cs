using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;

namespace Angebotsverzeichnis.Loading;

/// <summary>Everything read from content/ and translations/, before validation.</summary>
public sealed record ContentSet(
    SiteSettings Settings,
    IReadOnlyDictionary<string, TranslationTable> Translations,
    IReadOnlyList<Offer> Offers,
    IReadOnlyList<RecordFile> Files);
