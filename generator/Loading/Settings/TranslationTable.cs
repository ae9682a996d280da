namespace Angebotsverzeichnis.Loading.Settings;

/// <summary>The interface strings of one language, by dotted key ("nav.home", "kursarten.integrationskurs").</summary>
public sealed class TranslationTable(string language, IReadOnlyDictionary<string, string> strings)
{
    public string Language { get; } = language;

    public IReadOnlyDictionary<string, string> Strings { get; } = strings;

    public string? Find(string key) => Strings.TryGetValue(key, out var text) ? text : null;

    /// <summary>Per key, the fingerprint of the source-language text the translation was made from ("call_quelle: 3f2a9c1b").</summary>
    public IReadOnlyDictionary<string, string> SourceFingerprints { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether the text of <paramref name="key"/> was translated from a source text other than <paramref name="sourceText"/>.</summary>
    public bool IsStale(string key, string sourceText) =>
        Find(key) is not null && SourceFingerprints.TryGetValue(key, out var recorded) && recorded != Records.SourceFingerprint.Of(sourceText);

    /// <summary>Where each text stands in the file, for warnings.</summary>
    public IReadOnlyDictionary<string, Diagnostics.SourcePosition> Positions { get; init; } = new Dictionary<string, Diagnostics.SourcePosition>();
}
