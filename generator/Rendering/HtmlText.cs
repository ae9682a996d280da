using System.Text;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// Escapes text for HTML element content and quoted attributes alike. Only the five significant characters are
/// replaced, so Arabic, Cyrillic and other scripts stay readable and small (WebUtility.HtmlEncode would not).
/// </summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny("&<>\"'");
        if (first < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
