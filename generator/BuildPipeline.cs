using System.Collections.Concurrent;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Output;
using Angebotsverzeichnis.Rendering;
using Angebotsverzeichnis.Validation;

namespace Angebotsverzeichnis;

/// <summary>The build, stage by stage: load → validate → model → render → write. Nothing is written unless all content is valid.</summary>
public static class BuildPipeline
{
    /// <summary>Loads and checks everything without writing; what the validate command and the build share.</summary>
    public static (ContentSet? Content, TemplateSet? Templates, IReadOnlyDictionary<string, IReadOnlyList<string>> MissingTranslations)
        Check(BuildOptions options, DiagnosticList diagnostics)
    {
        var content = ContentLoader.Load(options.ContentDirectory, options.TranslationsDirectory, diagnostics);
        var templates = TemplateSet.Load(options.TemplatesDirectory, diagnostics);
        IReadOnlyDictionary<string, IReadOnlyList<string>> missing = new Dictionary<string, IReadOnlyList<string>>();
        if (content is not null)
        {
            ContentValidator.Validate(content, new ValidationOptions(options.Today), diagnostics);
            missing = TranslationChecker.MissingKeys(content, options.TranslationsDirectory, diagnostics);
        }
        return (content, templates, missing);
    }

    /// <summary>One QR code per offer and place that appears on a leaflet, per language (the URL is the language's page).</summary>
    private static void WriteLeafletQrCodes(Site site, IReadOnlyList<Loading.Settings.Language> languages, IReadOnlyList<PlannedPage> plan, SiteWriter writer)
    {
        var links = new SiteLinks(site.Settings);
        var leaflets = plan.Where(p => p.Leaflet is not null).Select(p => p.Leaflet!).ToList();
        var offers = leaflets.SelectMany(l => l.Sections).SelectMany(s => s.Offers).DistinctBy(o => o.Id).ToList();
        Parallel.ForEach(languages, language =>
        {
            foreach (var offer in offers)
                writer.Write($"{language.Code}/{Paths.OfferQr(offer)}", QrCodes.Svg(links.Absolute(language.Code, Paths.Offer(offer))));
            foreach (var leaflet in leaflets)
            {
                var path = leaflet.Town is null ? Paths.Home : Paths.Town(leaflet.Town.Slug);
                writer.Write($"{language.Code}/{Paths.PlaceQr(leaflet.Slug)}", QrCodes.Svg(links.Absolute(language.Code, path)));
            }
        });
    }

    public static BuildResult Build(BuildOptions options)
    {
        var timings = new StageTimings();
        var diagnostics = new DiagnosticList();
        var (content, templates, missing) = timings.Measure("laden und prüfen", () => Check(options, diagnostics));
        if (content is null || templates is null || diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics, false, 0, 0, 0, 0, missing) { Timings = timings.Stages };
        }

        var chromium = options.LeafletPdfs == LeafletPdfs.Off ? null : LeafletPdfPrinter.FindChromium();
        if (options.LeafletPdfs == LeafletPdfs.On && chromium is null)
        {
            diagnostics.Error(SourcePosition.StartOf("build"), ProblemCodes.ChromiumMissing,
                "Für die PDF-Merkblätter fehlt Chromium (/usr/bin/chromium oder CHROMIUM_PATH). Installieren Sie es oder bauen Sie mit --pdf off.",
                "The PDF leaflets need Chromium (/usr/bin/chromium or CHROMIUM_PATH). Install it or build with --pdf off.");
            return new BuildResult(diagnostics, false, 0, 0, 0, 0, missing) { Timings = timings.Stages };
        }
        var (site, plan, renderer, assets) = timings.Measure("modell", () =>
        {
            var site = SiteBuilder.Build(content, options.Today, options.DataDate) with { PrintsLeafletPdfs = chromium is not null };
            var assets = new AssetManifest(options.TemplatesDirectory, new SiteLinks(site.Settings));
            return (site, PagePlanner.Plan(site).ToList(), new SiteRenderer(site, templates, assets), assets);
        });
        var languages = ShardLanguages(site, options, diagnostics);
        if (diagnostics.HasErrors) return new BuildResult(diagnostics, false, 0, 0, 0, 0, missing) { Timings = timings.Stages };
        var writesShared = options.Languages is null || options.IncludeSharedFiles;

        var failures = new ConcurrentBag<Diagnostic>();
        using var writer = new SiteWriter(options.OutputDirectory);
        var pagesWritten = timings.Measure("seiten", () => WritePages(languages, plan, renderer, writer, failures));
        timings.Measure("sprachdateien", () => Guard(failures, () => WriteLanguageFiles(site, languages, plan, renderer, writer)));
        if (writesShared)
        {
            timings.Measure("gemeinsame dateien", () => Guard(failures, () => WriteSharedFiles(site, renderer, assets, writer)));
        }
        foreach (var failure in failures.Distinct()) diagnostics.Add(failure);
        if (diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics, false, site.Offers.Count, languages.Count, 0, 0, missing) { Timings = timings.Stages };
        }
        if (chromium is not null)
        {
            timings.Measure("pdf", () =>
            {
                var jobs = languages.SelectMany(language => plan.Where(p => p.Type == PageType.Leaflet).Select(page => (
                    Html: Path.Combine(writer.StagingDirectory, language.Code, Paths.FileOf(page.Path)),
                    Pdf: Path.Combine(writer.StagingDirectory, language.Code, Paths.LeafletPdf(page.Key!))))).ToList();
                LeafletPdfPrinter.PrintAsync(jobs, chromium, site.DataDate).GetAwaiter().GetResult();
                writer.Counted(jobs.Count);
            });
        }
        timings.Measure("austauschen", writer.Commit);
        return new BuildResult(diagnostics, true, site.Offers.Count, languages.Count, pagesWritten, writer.FilesWritten, missing) { Timings = timings.Stages };
    }

    /// <summary>The languages this build writes: all, or those named for a shard (in the settings' order).</summary>
    private static IReadOnlyList<Loading.Settings.Language> ShardLanguages(Site site, BuildOptions options, DiagnosticList diagnostics)
    {
        if (options.Languages is null) return site.Languages;
        foreach (var unknown in options.Languages.Where(code => site.Settings.LanguageWithCode(code) is null))
        {
            diagnostics.Error(SourcePosition.StartOf(site.Settings.SourceFile), ProblemCodes.BadSetting,
                $"Die Sprache \"{unknown}\" aus --languages steht nicht in den Einstellungen.",
                $"The language \"{unknown}\" given with --languages is not in the settings.");
        }
        return site.Languages.Where(l => options.Languages.Contains(l.Code)).ToList();
    }

    private static int WritePages(IReadOnlyList<Loading.Settings.Language> languages, IReadOnlyList<PlannedPage> plan, SiteRenderer renderer,
        SiteWriter writer, ConcurrentBag<Diagnostic> failures)
    {
        var pagesWritten = 0;
        var work = languages.SelectMany(language => plan.Select(page => (language, page))).ToList();
        Parallel.ForEach(work, item =>
        {
            try
            {
                var html = renderer.RenderPage(item.page, item.language);
                writer.Write($"{item.language.Code}/{Paths.FileOf(item.page.Path)}", html);
                Interlocked.Increment(ref pagesWritten);
                if (item.page.Offer is { } offer && IcsWriter.HasStart(offer))
                {
                    writer.Write($"{item.language.Code}/{Paths.OfferCalendar(offer)}", renderer.RenderOfferCalendar(offer, item.language));
                }
            }
            catch (TemplateRenderException e)
            {
                failures.Add(e.Diagnostic);
            }
        });
        return pagesWritten;
    }

    /// <summary>What belongs to one language besides its pages: sitemap, search data, feeds, the leaflets' QR codes, and the report in the source language.</summary>
    private static void WriteLanguageFiles(Site site, IReadOnlyList<Loading.Settings.Language> languages, IReadOnlyList<PlannedPage> plan,
        SiteRenderer renderer, SiteWriter writer)
    {
        Parallel.ForEach(languages, language =>
        {
            writer.WriteText($"{language.Code}/sitemap.xml", text => renderer.WriteLanguageSitemap(language, plan, text));
            writer.WriteStream($"{language.Code}/{Paths.SearchIndex}", stream => renderer.WriteSearchIndex(language, stream));
            writer.WriteText($"{language.Code}/{Paths.CourseStartsFeed}", text => renderer.WriteCourseStartsFeed(language, text));
            writer.Write($"{language.Code}/{Paths.UpdatesFeed}", renderer.RenderUpdatesFeed(language));
        });
        WriteLeafletQrCodes(site, languages, plan, writer);
        if (languages.Contains(site.SourceLanguage))
        {
            writer.Write($"{site.SourceLanguage.Code}/{Paths.ReportFolder}/index.html", renderer.RenderCoverageReportPage());
        }
    }

    /// <summary>Files at the site's root, shared by all languages: language chooser, sitemap index, robots.txt, assets, open data.</summary>
    private static void WriteSharedFiles(Site site, SiteRenderer renderer, AssetManifest assets, SiteWriter writer)
    {
        writer.Write("index.html", renderer.RenderRootFile(TemplateNames.LanguageChooser));
        writer.Write("404.html", renderer.RenderRootFile(TemplateNames.RootNotFound));
        writer.Write("sitemap.xml", renderer.RenderRootFile(TemplateNames.SitemapIndex));
        writer.Write("robots.txt", renderer.RenderRootFile(TemplateNames.Robots));
        writer.Write($"{Paths.OpenDataFolder}/index.html", renderer.RenderRootFile(TemplateNames.OpenData));
        Output.OpenData.OpenDataWriter.Write(site, new SiteLinks(site.Settings), writer);
        foreach (var (name, csv) in renderer.RenderCoverageReportCsv()) writer.Write($"{Paths.OpenDataFolder}/{CoverageViews.CsvFolder}/{name}", csv);
        foreach (var (source, sitePath) in assets.Files) writer.Copy(source, sitePath);
    }

    private static void Guard(ConcurrentBag<Diagnostic> failures, Action write)
    {
        try { write(); }
        catch (TemplateRenderException e) { failures.Add(e.Diagnostic); }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is TemplateRenderException))
        {
            foreach (var inner in e.InnerExceptions) failures.Add(((TemplateRenderException)inner).Diagnostic);
        }
    }
}
