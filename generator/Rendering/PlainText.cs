using System.Runtime.CompilerServices;
using Markdig;
using Markdig.Renderers;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// A record's Markdown as plain text, for teasers, search data, schema.org, calendars and HSDS. Each description
/// is converted once per build, however many languages and outputs ask for it; the cache holds the text only as
/// long as the record's string lives.
/// </summary>
public static class PlainText
{
    private static readonly ConditionalWeakTable<string, string> Converted = new();
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    [ThreadStatic] private static PlainTextRenderer? _renderer;

    public static string Of(string markdown) => Converted.GetValue(markdown, Convert);

    /// <summary>What Markdig's Markdown.ToPlainText gives, with a renderer kept per thread instead of a new one per text.</summary>
    private static string Convert(string markdown) =>
        (_renderer ??= new PlainTextRenderer(Pipeline)).Render(Markdown.Parse(markdown, Pipeline)).Trim();

    /// <summary>Markdig's HTML renderer with HTML switched off, as Markdown.ToPlainText sets it up.</summary>
    private sealed class PlainTextRenderer : HtmlRenderer
    {
        private readonly StringWriter _text;

        public PlainTextRenderer(MarkdownPipeline pipeline) : this(new StringWriter(), pipeline)
        {
        }

        private PlainTextRenderer(StringWriter text, MarkdownPipeline pipeline) : base(text)
        {
            _text = text;
            EnableHtmlForBlock = false;
            EnableHtmlForInline = false;
            EnableHtmlEscape = false;
            pipeline.Setup(this);
        }

        public string Render(Markdig.Syntax.MarkdownDocument document)
        {
            Reset();
            base.Render(document);
            return _text.ToString();
        }
    }
}
