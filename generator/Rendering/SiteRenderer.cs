using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Angebotsverzeichnis.Kinds;

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
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TrustedHtml> _fragments = new(StringComparer.Ordinal);

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
        foreach (var pages in _languages.Values) pages.SourcePages = _languages[site.SourceLanguage.Code];
        _contexts = new ThreadLocal<SafeTemplateContext>(CreateContext);
    }

    public LanguagePages Pages(Language language) => _languages[language.Code];

    /// <summary>A page of the site in one language, wrapped in the base layout.</summary>
    public string RenderPage(PlannedPage page, Language language)
    {
        using var text = RenderPageText(page, language);
        return text.Span.ToString();
    }

    /// <summary>A page of the site in one language, wrapped in the base layout, in a pooled buffer the caller disposes.</summary>
    public PageText RenderPageText(PlannedPage page, Language language)
    {
        var pages = _languages[language.Code];
        var globals = pages.Globals(page);
        return RenderText(pages.Texts, globals, TemplateNames.PageTemplate(page.Type), TemplateNames.UsesLayout(page.Type));
    }

    public string RenderOfferCalendar(Offer offer, Language language)
    {
        var texts = _languages[language.Code].Texts;
        return IcsWriter.Calendar([offer], _site, texts, _links, texts.Record(offer.Name).Text);
    }

    public void WriteCourseStartsFeed(Language language, TextWriter output)
    {
        var texts = _languages[language.Code].Texts;
        var courses = _site.Offers.Where(o => o.Details.Start is not null)
            .OrderBy(o => o.Details.Start).ThenBy(o => o.Id, StringComparer.Ordinal);
        IcsWriter.Write(output, courses, _site, texts, _links, texts.Ui("calendar.name").Text);
    }

    /// <summary>The newest reviewed offers first: the review date is when an offer was last added or confirmed.</summary>
    public string RenderUpdatesFeed(Language language)
    {
        var pages = _languages[language.Code];
        var entries = _site.Offers
            .OrderByDescending(o => o.Reviewed).ThenBy(o => o.Id, StringComparer.Ordinal)
            .Take(UpdatesFeedLength)
            .Select(o => new
            {
                Summary = pages.Offers.Summary(o),
                Absolute = _links.Absolute(language.Code, Paths.Offer(o)),
                Updated = o.Reviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z",
            }).ToList();
        var globals = new ScriptObject
        {
            ["site"] = pages.Site,
            ["entries"] = entries,
            ["feed_url"] = _links.Absolute(language.Code, Paths.UpdatesFeed),
            ["home_url"] = _links.Absolute(language.Code, Paths.Home),
            ["updated"] = entries.Count > 0 ? entries[0].Updated : pages.Site.DataDateIso + "T00:00:00Z",
            ["lang"] = language.Code,
        };
        return Render(pages.Texts, globals, TemplateNames.UpdatesFeed, withLayout: false);
    }

    private const int UpdatesFeedLength = 50;

    /// <summary>The coverage report page, in the source language.</summary>
    public string RenderCoverageReportPage()
    {
        var source = _languages[_site.SourceLanguage.Code];
        var globals = new ScriptObject
        {
            ["site"] = source.Site,
            ["report"] = CoverageViews.Page(Coverage, _site, source.Texts, _links),
        };
        return Render(source.Texts, globals, TemplateNames.CoverageReport, withLayout: false);
    }

    /// <summary>The coverage report's figures as CSV files, by name.</summary>
    public IReadOnlyDictionary<string, string> RenderCoverageReportCsv() =>
        CoverageViews.CsvFiles(Coverage, _site, _languages[_site.SourceLanguage.Code].Texts);

    private Model.Coverage.CoverageReport Coverage => _coverage ??= Model.Coverage.CoverageCalculator.Calculate(_site);

    private Model.Coverage.CoverageReport? _coverage;

    public void WriteSearchIndex(Language language, Stream output) => SearchIndexWriter.Write(output, _site, _languages[language.Code]);

    /// <summary>The sitemap of one language; its addresses are made one at a time as the template's loop asks for them.</summary>
    public void WriteLanguageSitemap(Language language, IReadOnlyList<PlannedPage> plan, TextWriter output)
    {
        var urls = plan.Where(p => p.InSitemap).Select(p => new
        {
            Loc = _links.Absolute(language.Code, p.Path),
            Alternates = _site.Languages.Select(l => new { Lang = l.Code, Href = _links.Absolute(l.Code, p.Path) }).ToList(),
        });
        var globals = new ScriptObject { ["urls"] = urls, ["lastmod"] = _languages[language.Code].Site.DataDateIso };
        RenderTo(output, _languages[language.Code].Texts, globals, TemplateNames.LanguageSitemap);
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
                Calendar = _links.Href(l.Code, Paths.CourseStartsFeed),
                Feed = _links.Href(l.Code, Paths.UpdatesFeed),
                Index = _links.Href(l.Code, Paths.SearchIndex),
            }).ToList(),
            ["sitemap_index"] = _links.RootAbsolute("sitemap.xml"),
            ["licence"] = _site.Settings.DataLicence,
            ["kinds"] = OfferKinds.All.Select(k => k.Folder).ToList(),
            ["record_fields"] = Loading.Format.RecordFormat.Common
                .Concat(OfferKinds.All.SelectMany(k => k.Fields))
                .Where(f => f.Name != "intern")
                .DistinctBy(f => f.Name)
                .Select(f => new { f.Name, f.Description })
                .ToList(),
            ["lastmod"] = source.Site.DataDateIso,
        };
        return Render(source.Texts, globals, template, withLayout: false);
    }

    private string Render(LanguageTexts texts, ScriptObject globals, string templateName, bool withLayout)
    {
        using var text = RenderText(texts, globals, templateName, withLayout);
        return text.Span.ToString();
    }

    private PageText RenderText(LanguageTexts texts, ScriptObject globals, string templateName, bool withLayout) =>
        WithContext(texts, globals, templateName, context =>
        {
            var text = new PageText();
            context.PushOutput(text);
            try
            {
                if (withLayout)
                {
                    globals["content"] = new LayoutContent(_templates.Get(templateName));
                    context.RenderHere(_templates.Get(TemplateNames.Layout));
                }
                else
                {
                    context.RenderHere(_templates.Get(templateName));
                }
            }
            catch
            {
                text.Dispose();
                throw;
            }
            finally
            {
                context.PopOutput();
            }
            // Sitemaps and feeds may be large (a sitemap holds up to 50,000 addresses); pages may not.
            if (text.Length > MaxPageChars && templateName.EndsWith(".html", StringComparison.Ordinal))
            {
                var length = text.Length;
                text.Dispose();
                throw new TemplateRenderException(SourcePosition.StartOf(TemplateFile(templateName)), ProblemCodes.PageTooLarge,
                    $"Die Seite wäre {length / 1024} KiB groß (höchstens {MaxPageChars / 1024} KiB). Prüfen Sie Schleifen und Seitengröße (eintraege_pro_seite).",
                    $"The page would be {length / 1024} KiB (at most {MaxPageChars / 1024} KiB allowed). Check the loops and the page size (eintraege_pro_seite).");
            }
            return text;
        });

    /// <summary>Renders a template straight into a file, for sitemaps and feeds too large to hold as one string.</summary>
    private void RenderTo(TextWriter output, LanguageTexts texts, ScriptObject globals, string templateName) =>
        WithContext(texts, globals, templateName, context =>
        {
            context.PushOutput(new TextWriterOutput(output));
            try { context.RenderHere(_templates.Get(templateName)); }
            finally { context.PopOutput(); }
            return true;
        });

    /// <summary>Runs a rendering with this thread's context and the page's variables, and turns template errors into diagnostics.</summary>
    private T WithContext<T>(LanguageTexts texts, ScriptObject globals, string templateName, Func<SafeTemplateContext, T> render)
    {
        var context = _contexts.Value!;
        context.Texts = texts;
        context.PushGlobal(globals);
        try
        {
            return render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateRenderException(TemplateSet.At(e.Span.FileName ?? templateName, e.Span), ProblemCodes.TemplateError, e.OriginalMessage);
        }
        catch (KeyNotFoundException e)
        {
            throw new TemplateRenderException(SourcePosition.StartOf(TemplateFile(templateName)), ProblemCodes.TemplateError, e.Message);
        }
        finally
        {
            context.PopGlobal();
            context.Texts = null;
        }
    }

    private string TemplateFile(string templateName) => Loading.DisplayPath.Of(Path.Combine(_templates.Directory, templateName));

    private SafeTemplateContext CreateContext()
    {
        var context = new SafeTemplateContext { Fragments = _fragments };
        _templates.Prepare(context);
        context.PushGlobal(TemplateFunctions.Create());
        return context;
    }
}
