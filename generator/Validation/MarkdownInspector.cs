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

    public enum Problem { Html, Link, Image }

    public sealed record Finding(int Line, int Column, Problem Problem, string Text);

    public static IReadOnlyList<Finding> Inspect(string markdown)
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

    private static string FirstLine(string text)
    {
        var line = text.Split('\n')[0].Trim();
        return line.Length > 60 ? line[..60] + "…" : line;
    }
}
