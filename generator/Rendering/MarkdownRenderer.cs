using Angebotsverzeichnis.Validation;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// Record descriptions to HTML. Raw HTML is disabled (it comes out as text), and because Markdig still passes
/// any link target through, links outside <see cref="LinkPolicy"/> and all images (which would load from another
/// host) are reduced to their text here as well, whatever validation said. Headings start below the page's own.
/// </summary>
public static class MarkdownRenderer
{
    private const int HeadingOffset = 2;
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static TrustedHtml ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + HeadingOffset);
        }
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !LinkPolicy.IsAllowed(link.Url)) UnwrapLink(link);
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            var target = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
            if (!LinkPolicy.IsAllowed(target)) autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new TrustedHtml(writer.ToString().TrimEnd('\n'));
    }

    private static void UnwrapLink(LinkInline link)
    {
        var text = new ContainerInline();
        if (link.IsImage)
        {
            text.AppendChild(new LiteralInline(string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()))));
        }
        else
        {
            while (link.FirstChild is { } child)
            {
                child.Remove();
                text.AppendChild(child);
            }
        }
        link.ReplaceBy(text);
    }
}
