using System.Runtime.CompilerServices;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// A record's Markdown as plain text, for teasers, search data, schema.org, calendars and HSDS. Each description
/// is converted once per build, however many languages and outputs ask for it; the cache holds the text only as
/// long as the record's string lives.
/// </summary>
public static class PlainText
{
    private static readonly ConditionalWeakTable<string, string> Converted = new();

    public static string Of(string markdown) =>
        Converted.GetValue(markdown, text => Markdig.Markdown.ToPlainText(text).Trim());
}
