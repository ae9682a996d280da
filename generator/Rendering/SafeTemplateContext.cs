using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// The one place that decides escaping: every value a template writes passes through <see cref="Write"/> and is
/// HTML-escaped, except <see cref="TrustedHtml"/>. A template author opts out only by producing TrustedHtml through
/// one of our functions (markdown, include), never by forgetting a filter. Also sets limits for our page sizes and
/// makes typos in templates fail the build.
/// </summary>
public sealed class SafeTemplateContext : TemplateContext
{
    public SafeTemplateContext()
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedIndexerAccess = false;
        AutoIndent = false;
        // One budget covers all loops nested in a top-level loop; a per-language sitemap loops over every page and its alternates.
        LoopLimit = 5_000_000;
        // Scriban would cut a longer page silently; the renderer checks page size itself.
        LimitToString = 0;
        RecursiveLimit = 50;
        NewLine = "\n";
    }

    /// <summary>Fragments rendered once and reused on many pages (see TemplateFunctions.IncludeCached); shared by all contexts.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, TrustedHtml> Fragments { get; init; } = new(StringComparer.Ordinal);

    private bool _renderingContent;

    /// <summary>The texts of the page being rendered, for the translation functions.</summary>
    public LanguageTexts? Texts { get; set; }

    /// <summary>Renders a template into this context's current output, where Template.Render would also return it as a string.</summary>
    public void RenderHere(Template template)
    {
        if (template.Page is null) return;
        var file = template.SourceFilePath;
        if (file is not null) PushSourceFile(file);
        try
        {
            var result = Evaluate(template.Page);
            if (result is not null) Write(template.Page.Span, result);
        }
        finally
        {
            if (file is not null) PopSourceFile();
        }
    }

    public override TemplateContext Write(SourceSpan span, object? value)
    {
        switch (value)
        {
            case null:
                return this;
            case TrustedHtml html:
                Write(html.Html);
                return this;
            case LocalizedValue localized:
                Write(localized.ToHtml());
                return this;
            case LayoutContent content:
                // In the page template itself, content would render the page inside the page, without end.
                if (_renderingContent)
                {
                    throw new ScriptRuntimeException(span,
                        "{{ content }} gehört ins Grundgerüst (layouts/base.html); eine Seitenvorlage kann sich nicht selbst einfügen. / {{ content }} belongs in the layout; a page template cannot insert itself.");
                }
                _renderingContent = true;
                try { RenderHere(content.Template); }
                finally { _renderingContent = false; }
                return this;
            default:
                var text = ObjectToString(value);
                if (text is not null) Write(HtmlText.Escape(text));
                return this;
        }
    }
}
