namespace Angebotsverzeichnis.Loading.Records;

/// <summary>A text written in one or more languages, keyed by language code.</summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> ByLanguage)
{
    public string? In(string language) => ByLanguage.TryGetValue(language, out var text) ? text : null;

    public IEnumerable<string> Languages => ByLanguage.Keys;
}
