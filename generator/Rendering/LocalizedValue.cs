using Angebotsverzeichnis.Loading.Settings;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// A text as it appears on a page of some language. When it had to fall back to the source language it is
/// written inside an element carrying that language's lang and dir, followed by <see cref="FallbackMark"/>
/// (for record texts: "(German)" in the page's language), so readers and screen readers know.
/// In attributes and &lt;title&gt; templates write <see cref="Text"/>, which is plain escaped text.
/// </summary>
public sealed record LocalizedValue(string Text, Language Language, bool IsFallback, string? FallbackMark)
{
    /// <summary>Set for a translation made from an earlier source text: the mark written after it ("outdated translation").</summary>
    public string? StaleMark { get; init; }

    public string Lang => Language.Code;

    public string Dir => Language.Direction;

    public string ToHtml()
    {
        var escaped = HtmlText.Escape(Text);
        if (StaleMark is not null) return $"{escaped}<span class=\"stale-mark\"> ({HtmlText.Escape(StaleMark)})</span>";
        if (!IsFallback) return escaped;
        var mark = FallbackMark is null ? "" : $"<span class=\"fallback-mark\"> ({HtmlText.Escape(FallbackMark)})</span>";
        return $"<span lang=\"{Lang}\" dir=\"{Dir}\">{escaped}</span>{mark}";
    }

    public override string ToString() => Text;
}
