namespace Angebotsverzeichnis.Output;

/// <summary>Which part of a build an output belongs to: pages, the files of one language, or the files shared by all.</summary>
public enum OutputGroup
{
    Pages,
    LanguageFiles,
    SharedFiles,
}

/// <summary>
/// One piece of output: a page in one language (with its calendar file), a language's search data, the open-data
/// exports… <see cref="Fingerprint"/> sums up everything the piece is made from, so an incremental build rewrites
/// it only when that changed. <see cref="SitePath"/> is the page it shows, for pages.
/// </summary>
public sealed record OutputUnit(string Key, OutputGroup Group, Func<string> Fingerprint, Action<SiteWriter> Write)
{
    public string? SitePath { get; init; }
    public bool IsPage { get; init; }
}
