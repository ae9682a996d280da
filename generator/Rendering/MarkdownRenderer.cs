using Angebotsverzeichnis.Validation;
using Markdig;
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
        var links = new List<LinkInline>();
        var hasAutolinks = false;
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading: heading.Level = Math.Min(6, heading.Level + HeadingOffset); break;
                case LinkInline link: links.Add(link); break;
                case AutolinkInline: hasAutolinks = true; break;
            }
        }
        foreach (var link in links)
        {
            if (link.IsImage || !LinkPolicy.IsAllowed(link.Url)) UnwrapLink(link);
        }
        // Looked for after unwrapping, which may have dropped some (an autolink in an image's text).
        foreach (var autolink in hasAutolinks ? document.Descendants<AutolinkInline>().ToList() : [])
        {
            var target = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
            if (!LinkPolicy.IsAllowed(target)) autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
        // Markdig lends a renderer from the pipeline's pool; making a new one for each description cost more than parsing it.
        return new TrustedHtml(document.ToHtml(Pipeline).TrimEnd('\n'));
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
