using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;

namespace Angebotsverzeichnis.Model;

/// <summary>What is published: settings, interface strings and the offers that may appear, with the data date.</summary>
public sealed record Site
{
    public required SiteSettings Settings { get; init; }
    public required IReadOnlyDictionary<string, TranslationTable> Translations { get; init; }
    /// <summary>Published offers whose time has not run out, ordered by id.</summary>
    public required IReadOnlyList<Offer> Offers { get; init; }
    /// <summary>The date of the data, shown as "Datenstand": the newest review date unless given on the command line.</summary>
    public required DateOnly DataDate { get; init; }
    /// <summary>The day the build judges dates by (course ends, overdue reviews).</summary>
    public required DateOnly Today { get; init; }
    /// <summary>Whether this build prints the leaflets as PDF files (it needs Chromium).</summary>
    public bool PrintsLeafletPdfs { get; init; }
    /// <summary>Where the form editor comes from, when this build writes it under /admin/.</summary>
    public Output.FormEditor.FormEditorSources? FormEditor { get; init; }

    public IReadOnlyList<Language> Languages => Settings.Languages;

    public Language SourceLanguage => Settings.Languages[0];

    /// <summary>Every language in which at least one published offer is available, ordered by code.</summary>
    public IReadOnlyList<string> OfferLanguages =>
        _offerLanguages ??= Offers.SelectMany(o => o.Languages).Distinct().Order(StringComparer.Ordinal).ToList();

    private IReadOnlyList<string>? _offerLanguages;

    /// <summary>How many published offers are available in a language (by code); counted once for all listings and languages.</summary>
    public int OffersInLanguage(string code) =>
        (_countsByLanguage ??= Offers.SelectMany(o => o.Languages.Distinct()).CountBy(code => code, StringComparer.Ordinal)
            .ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal)).GetValueOrDefault(code);

    private Dictionary<string, int>? _countsByLanguage;

    /// <summary>
    /// A course's start when it is still ahead: on <see cref="Today"/> or later. What is offered to put in a calendar;
    /// a start that has passed is no longer an event to go to, rolling entry or not (the page still shows the date).
    /// </summary>
    public DateOnly? UpcomingStart(Offer offer) =>
        offer.Details.Start is { } start && start >= Today ? start : null;

    public Offer? OfferWithId(string id) => (_byId ??= Offers.ToDictionary(o => o.Id, StringComparer.Ordinal)).GetValueOrDefault(id);

    private Dictionary<string, Offer>? _byId;
}
