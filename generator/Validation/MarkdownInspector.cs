using System.Buffers;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Angebotsverzeichnis.Validation;

/// <summary>
/// Finds what Markdown in a record must not contain: raw HTML, and links or images to anything but
/// http, https, mailto and tel, and images (they would load from another host). Parses with HTML enabled so that raw HTML can be seen and reported.
/// </summary>
public static class MarkdownInspector
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>Characters that Markdig keeps as written in a link target: no escapes, entities, brackets or spaces.</summary>
    private static readonly SearchValues<char> PlainUrlCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$*+,;=%'");

    public enum Problem { Html, Link, Image }

    public sealed record Finding(int Line, int Column, Problem Problem, string Text);

    public static IReadOnlyList<Finding> Inspect(string markdown) => CannotHaveFindings(markdown) ? [] : InspectWithMarkdig(markdown);

    /// <summary>Parses the text with Markdig and walks all of it: what <see cref="Inspect"/> does unless the text is plainly harmless.</summary>
    public static IReadOnlyList<Finding> InspectWithMarkdig(string markdown)
    {
        var findings = new List<Finding>();
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock block:
                    findings.Add(new Finding(block.Line, block.Column, Problem.Html, FirstLine(block.Lines.ToString())));
                    break;
                case HtmlInline inline:
                    findings.Add(new Finding(inline.Line, inline.Column, Problem.Html, inline.Tag));
                    break;
                case LinkInline { IsImage: true } image:
                    findings.Add(new Finding(image.Line, image.Column, Problem.Image, image.Url ?? ""));
                    break;
                case LinkInline link when !LinkPolicy.IsAllowed(link.Url):
                    findings.Add(new Finding(link.Line, link.Column, Problem.Link, link.Url ?? ""));
                    break;
                case AutolinkInline autolink when !LinkPolicy.IsAllowed(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url):
                    findings.Add(new Finding(autolink.Line, autolink.Column, Problem.Link, autolink.Url));
                    break;
            }
        }
        return findings;
    }

    /// <summary>
    /// Whether the text has nothing to report, decided without parsing it (true for most descriptions): raw HTML and
    /// autolinks need a "&lt;", images "![", reference links a "]:" definition, and the target of an inline link
    /// follows its "](" after white space at most. A target of plain URL characters is taken by Markdig as written,
    /// so the link policy can judge it here; whatever is not that simple is left to Markdig.
    /// </summary>
    private static bool CannotHaveFindings(string markdown)
    {
        var rest = markdown.AsSpan();
        if (rest.Contains('<') || rest.Contains("![", StringComparison.Ordinal) || rest.Contains("]:", StringComparison.Ordinal)) return false;
        while (true)
        {
            var link = rest.IndexOf("](", StringComparison.Ordinal);
            if (link < 0) return true;
            rest = rest[(link + 2)..].TrimStart(" \t\n\r\v\f");
            var end = rest.IndexOfAnyExcept(PlainUrlCharacters);
            if (end < 0 || rest[end] is not (' ' or '\t' or '\n' or '\r' or ')')) return false;
            if (!LinkPolicy.IsAllowed(rest[..end].ToString())) return false;
            rest = rest[end..];
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n')[0].Trim();
        return line.Length > 60 ? line[..60] + "…" : line;
    }
}
