using System.Globalization;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// The one place that decides language fallback for a page language: interface strings, list labels, language
/// names and record texts all come through here, and anything missing falls back to the source language,
/// marked with the source language's lang and dir.
/// </summary>
public sealed class LanguageTexts
{
    private readonly TranslationTable _strings;
    private readonly TranslationTable _sourceStrings;
    private readonly CultureInfo _culture;
    private readonly string _fallbackMark;
    private readonly string _longDate;

    public LanguageTexts(Language language, Language source, TranslationTable? strings, TranslationTable sourceStrings)
    {
        Language = language;
        Source = source;
        _strings = strings ?? new TranslationTable(language.Code, new Dictionary<string, string>());
        _sourceStrings = sourceStrings;
        _culture = GregorianCulture(language.Code);
        // Right-to-left scripts read the day first in "d MMMM yyyy"; some cultures' patterns start with the year.
        _longDate = language.IsRightToLeft ? "d MMMM yyyy" : WithoutWeekday(_culture.DateTimeFormat.LongDatePattern);
        _fallbackMark = LanguageName(source.Code).Text;
    }

    public Language Language { get; }

    public Language Source { get; }

    public CultureInfo Culture => _culture;

    /// <summary>Language and region for Open Graph ("de_DE"), from the language's most common specific culture.</summary>
    public string OgLocale => _ogLocale ??= CreateOgLocale();

    private string? _ogLocale;

    private string CreateOgLocale()
    {
        try { return CultureInfo.CreateSpecificCulture(Language.Code).Name.Replace('-', '_'); }
        catch (CultureNotFoundException) { return Language.Code; }
    }

    public bool IsSource => Language.Code == Source.Code;

    /// <summary>An interface string. A key missing even in the source language is a template bug and fails the build.</summary>
    public LocalizedValue Ui(string key)
    {
        var text = _strings.Find(key);
        if (text is not null) return new LocalizedValue(text, Language, false, null);
        var fallback = _sourceStrings.Find(key)
            ?? throw new KeyNotFoundException($"Der Oberflächentext \"{key}\" fehlt in translations/{Source.Code}.yaml.");
        return new LocalizedValue(fallback, Source, !IsSource, null);
    }

    public LocalizedValue Format(string key, params object?[] arguments)
    {
        var pattern = Ui(key);
        var text = pattern.Text;
        for (var i = 0; i < arguments.Length; i++)
        {
            var argument = arguments[i]?.ToString() ?? "";
            if (pattern.Language.IsRightToLeft) argument = Isolated(argument);
            text = text.Replace("{" + i + "}", argument, StringComparison.Ordinal);
        }
        return pattern with { Text = text };
    }

    /// <summary>
    /// Items in running text: "A, B and C" by the language's separator and its pattern for the last pair. In a
    /// right-to-left language each item is isolated and the whole list set right to left, so that Latin town names
    /// keep their order and parentheses ("Wetter (Ruhr)") and no line starts with a stray comma.
    /// </summary>
    public string List(IReadOnlyList<string> items)
    {
        var rightToLeft = Language.IsRightToLeft;
        var shown = items.Select(item => rightToLeft ? Isolated(item) : item).ToList();
        var text = shown.Count switch
        {
            0 => "",
            1 => shown[0],
            _ => Ui("value.list_last").Text
                .Replace("{0}", string.Join(ListSeparator, shown.Take(shown.Count - 1)), StringComparison.Ordinal)
                .Replace("{1}", shown[^1], StringComparison.Ordinal),
        };
        return rightToLeft ? RightToLeftIsolate + text + PopIsolate : text;
    }

    private const char FirstStrongIsolate = '\u2068';
    private const char RightToLeftIsolate = '\u2067';
    private const char PopIsolate = '\u2069';

    /// <summary>
    /// A value inserted into right-to-left text, isolated from it (Unicode bidi isolates, as &lt;bdi&gt; does in HTML,
    /// but also valid in titles and attributes). A value that brings its own isolation is left as it is.
    /// </summary>
    private static string Isolated(string value) =>
        value.Length == 0 || value[0] is FirstStrongIsolate or RightToLeftIsolate || !value.Any(IsLatinLetter)
            ? value
            : FirstStrongIsolate + value + PopIsolate;

    private static bool IsLatinLetter(char c) => c < '\u0590' && char.IsLetter(c);

    /// <summary>The display name of a closed-list value, such as "kursarten.integrationskurs".</summary>
    public LocalizedValue Label(string list, string value) => Optional($"{list}.{value}") ?? new LocalizedValue(value, Source, false, null);

    public LocalizedValue LanguageName(string code) => Optional($"sprachnamen.{code}") ?? new LocalizedValue(code, Language, false, null);

    /// <summary>A record's text in this language, or in the source language with a visible mark.</summary>
    public LocalizedValue Record(LocalizedText text)
    {
        var own = text.In(Language.Code);
        if (own is not null)
        {
            return new LocalizedValue(own, Language, false, null) { StaleMark = text.IsStale(Language.Code, Source.Code) ? StaleMark : null };
        }
        return new LocalizedValue(text.In(Source.Code) ?? "", Source, true, _fallbackMark);
    }

    public LocalizedValue? OptionalRecord(LocalizedText? text) => text is null ? null : Record(text);

    /// <summary>A record's Markdown text as HTML; a fallback is wrapped in the source language and preceded by a note in the page's language.</summary>
    public TrustedHtml RecordMarkdown(LocalizedText text)
    {
        var own = text.In(Language.Code);
        if (own is not null && text.IsStale(Language.Code, Source.Code))
        {
            return new TrustedHtml($"<p class=\"stale-text\">{Ui("detail.stale_text").ToHtml()}</p>\n{MarkdownRenderer.ToHtml(own).Html}");
        }
        if (own is not null) return MarkdownRenderer.ToHtml(own);
        var html = MarkdownRenderer.ToHtml(text.In(Source.Code) ?? "").Html;
        var note = Ui("detail.fallback_note").ToHtml();
        return new TrustedHtml(
            $"<p class=\"fallback-note\">{note}</p>\n<div lang=\"{Source.Code}\" dir=\"{Source.Direction}\" class=\"fallback\">\n{html}\n</div>");
    }

    /// <summary>The mark after a translation made from an earlier source text, in this language.</summary>
    public string StaleMark => _staleMark ??= Ui("detail.stale_mark").Text;

    private string? _staleMark;

    /// <summary>What separates the items of a list in running text: ", ", in Arabic and Persian "، ".</summary>
    public string ListSeparator => _listSeparator ??= Ui("value.list_separator").Text + " ";

    private string? _listSeparator;

    public string Date(DateOnly date) => date.ToString(_longDate, _culture);

    public string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public string Number(int number) => number.ToString("N0", _culture);

    private LocalizedValue? Optional(string key)
    {
        var text = _strings.Find(key);
        if (text is not null) return new LocalizedValue(text, Language, false, null);
        var fallback = _sourceStrings.Find(key);
        return fallback is null ? null : new LocalizedValue(fallback, Source, !IsSource, null);
    }

    /// <summary>The culture's long date ("6. November 2026", "6 listopada 2026") without the weekday.</summary>
    private static string WithoutWeekday(string pattern)
    {
        var cleaned = pattern.Replace("dddd", "").Trim(' ', ',', '،').Replace(" ,", ",");
        return cleaned.Contains("MMMM", StringComparison.Ordinal) ? cleaned.Replace("  ", " ") : "d MMMM yyyy";
    }

    /// <summary>Dates are always written in the Gregorian calendar with Western digits, whatever the culture's default.</summary>
    private static CultureInfo GregorianCulture(string code)
    {
        CultureInfo culture;
        try { culture = (CultureInfo)CultureInfo.GetCultureInfo(code).Clone(); }
        catch (CultureNotFoundException) { culture = (CultureInfo)CultureInfo.InvariantCulture.Clone(); }
        if (culture.DateTimeFormat.Calendar is not GregorianCalendar)
        {
            var gregorian = culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault();
            if (gregorian is not null) culture.DateTimeFormat.Calendar = gregorian;
            else culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        }
        return culture;
    }
}
