namespace Angebotsverzeichnis.Loading.Records;

/// <summary>A text written in one or more languages, keyed by language code.</summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> ByLanguage)
{
    private static readonly IReadOnlyDictionary<string, string> NoFingerprints = new Dictionary<string, string>();

    public string? In(string language) => ByLanguage.TryGetValue(language, out var text) ? text : null;

    public IEnumerable<string> Languages => ByLanguage.Keys;

    /// <summary>Per translated language, the fingerprint of the source text it was made from, as the file records it.</summary>
    public IReadOnlyDictionary<string, string> SourceFingerprints { get; init; } = NoFingerprints;

    /// <summary>Whether the translation into <paramref name="language"/> was made from a source text that has changed since.</summary>
    public bool IsStale(string language, string sourceLanguage) =>
        language != sourceLanguage && ByLanguage.ContainsKey(language) &&
        SourceFingerprints.TryGetValue(language, out var recorded) && recorded != CurrentFingerprint(sourceLanguage);

    /// <summary>
    /// The fingerprint of the source text as the reader found it, computed once there for texts whose translations
    /// record fingerprints, so that pages do not hash it again for every language.
    /// </summary>
    public string? SourceTextFingerprint { get; init; }

    /// <summary>The fingerprint of the source text as it is now (what a translation made today records).</summary>
    public string? CurrentFingerprint(string sourceLanguage) =>
        SourceTextFingerprint ?? (In(sourceLanguage) is { } source ? SourceFingerprint.Of(source) : null);

    /// <summary>Whether the translation into <paramref name="language"/> records no source fingerprint (written before fingerprints, or by hand).</summary>
    public bool IsUntracked(string language, string sourceLanguage) =>
        language != sourceLanguage && ByLanguage.ContainsKey(language) && !SourceFingerprints.ContainsKey(language);
}
