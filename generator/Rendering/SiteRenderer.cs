using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// Renders pages with the parsed templates. Each thread has its own template context (they are not thread-safe);
/// templates, texts and views are shared.
/// </summary>
public sealed class SiteRenderer
{
    /// <summary>Larger pages fail the build: a page this size is unusable on a phone and a sign of a runaway loop.</summary>
    public const int MaxPageChars = 2 * 1024 * 1024;

    private readonly Site _site;
    private readonly TemplateSet _templates;
    private readonly SiteLinks _links;
    private readonly Dictionary<string, LanguagePages> _languages;
    private readonly ThreadLocal<SafeTemplateContext> _contexts;

    public SiteRenderer(Site site, TemplateSet templates, AssetManifest assets)
    {
        _site = site;
        _templates = templates;
        _links = new SiteLinks(site.Settings);
        var sourceStrings = site.Translations[site.SourceLanguage.Code];
        _languages = site.Languages.ToDictionary(
            l => l.Code,
            l => new LanguagePages(site, new LanguageTexts(l, site.SourceLanguage, site.Translations.GetValueOrDefault(l.Code), sourceStrings), _links, assets),
            StringComparer.Ordinal);
        _contexts = new ThreadLocal<SafeTemplateContext>(CreateContext);
    }

    public LanguagePages Pages(Language language) => _languages[language.Code];

    /// <summary>A page of the site in one language, wrapped in the base layout.</summary>
    public string RenderPage(PlannedPage page, Language language)
    {
        var pages = _languages[language.Code];
        var globals = pages.Globals(page);
        return Render(pages.Texts, globals, TemplateNames.PageTemplate(page.Type), withLayout: true);
    }

    public string RenderLanguageSitemap(Language language, IReadOnlyList<PlannedPage> plan)
    {
        var urls = plan.Where(p => p.Type != PageType.NotFound).Select(p => new
        {
            Loc = _links.Absolute(language.Code, p.Path),
            Alternates = _site.Languages.Select(l => new { Lang = l.Code, Href = _links.Absolute(l.Code, p.Path) }).ToList(),
        }).ToList();
        var globals = new ScriptObject { ["urls"] = urls, ["lastmod"] = _languages[language.Code].Site.DataDateIso };
        return Render(_languages[language.Code].Texts, globals, TemplateNames.LanguageSitemap, withLayout: false);
    }

    /// <summary>A file at the root of the site (language chooser, root 404, sitemap index, robots.txt), written in the source language.</summary>
    public string RenderRootFile(string template)
    {
        var source = _languages[_site.SourceLanguage.Code];
        var globals = new ScriptObject
        {
            ["site"] = source.Site,
            ["languages"] = _site.Languages.Select(l => new
            {
                Code = l.Code,
                Name = l.Name,
                Dir = l.Direction,
                Url = _links.Href(l.Code, Paths.Home),
                NotFoundUrl = _links.Href(l.Code, Paths.NotFound),
                Sitemap = _links.Absolute(l.Code, "sitemap.xml"),
                Title = _languages[l.Code].Texts.Ui("site.title").Text,
                Choose = _languages[l.Code].Texts.Ui("chooser.title").Text,
                NotFound = _languages[l.Code].Texts.Ui("notfound.title").Text,
            }).ToList(),
            ["sitemap_index"] = _links.RootAbsolute("sitemap.xml"),
            ["lastmod"] = source.Site.DataDateIso,
        };
        return Render(source.Texts, globals, template, withLayout: false);
    }

    private string Render(LanguageTexts texts, ScriptObject globals, string templateName, bool withLayout)
    {
        var context = _contexts.Value!;
        context.Texts = texts;
        context.PushGlobal(globals);
        try
        {
            var html = _templates.Get(templateName).Render(context);
            if (withLayout)
            {
                globals["content"] = new TrustedHtml(html);
                html = _templates.Get(TemplateNames.Layout).Render(context);
            }
            if (html.Length > MaxPageChars)
            {
                throw new TemplateRenderException(new SourcePosition(templateName, 1, 1), ProblemCodes.PageTooLarge,
                    $"Die Seite wäre {html.Length / 1024} KiB groß (höchstens {MaxPageChars / 1024} KiB). Prüfen Sie Schleifen und Seitengröße (eintraege_pro_seite).",
                    $"The page would be {html.Length / 1024} KiB (at most {MaxPageChars / 1024} KiB allowed). Check the loops and the page size (eintraege_pro_seite).");
            }
            return html;
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateRenderException(TemplateSet.At(e.Span.FileName ?? templateName, e.Span), ProblemCodes.TemplateError, e.OriginalMessage);
        }
        catch (KeyNotFoundException e)
        {
            throw new TemplateRenderException(new SourcePosition($"templates/{templateName}", 1, 1), ProblemCodes.TemplateError, e.Message);
        }
        finally
        {
            context.PopGlobal();
            context.Texts = null;
        }
    }

    private SafeTemplateContext CreateContext()
    {
        var context = new SafeTemplateContext();
        _templates.Prepare(context);
        var functions = new ScriptObject();
        functions.Import(typeof(TemplateFunctions), renamer: member => member.Name == nameof(TemplateFunctions.TPlain) ? "t_plain" : StandardMemberRenamer.Default(member));
        context.PushGlobal(functions);
        return context;
    }
}
