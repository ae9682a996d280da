namespace Angebotsverzeichnis.Loading.Settings;

/// <summary>The interface strings of one language, by dotted key ("nav.home", "kursarten.integrationskurs").</summary>
public sealed class TranslationTable(string language, IReadOnlyDictionary<string, string> strings)
{
    public string Language { get; } = language;

    public IReadOnlyDictionary<string, string> Strings { get; } = strings;

    public string? Find(string key) => Strings.TryGetValue(key, out var text) ? text : null;
}
