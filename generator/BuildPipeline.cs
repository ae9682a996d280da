using System.Collections.Concurrent;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Loading;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Output;
using Angebotsverzeichnis.Output.FormEditor;
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
            ContentValidator.Validate(content, new ValidationOptions(options.Today) { Publishing = options.Publishing }, diagnostics);
            missing = TranslationChecker.MissingKeys(content, options.TranslationsDirectory, diagnostics);
        }
        return (content, templates, missing);
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
        var formEditor = options.FormEditor == FormEditorBuild.Off ? null : FormEditorSources.Find(options.TemplatesDirectory, options.PackagesDirectory);
        if (options.FormEditor == FormEditorBuild.On && formEditor is null)
        {
            diagnostics.Error(SourcePosition.StartOf("build"), ProblemCodes.FormEditorMissing,
                $"Für den Formular-Editor fehlen die npm-Pakete in {options.PackagesDirectory} (decap-cms, yaml). Installieren Sie sie mit npm ci oder bauen Sie mit --editor off.",
                $"The form editor's npm packages are missing in {options.PackagesDirectory} (decap-cms, yaml). Install them with npm ci or build with --editor off.");
            return new BuildResult(diagnostics, false, 0, 0, 0, 0, missing) { Timings = timings.Stages };
        }
        var (site, plan, renderer, assets) = timings.Measure("modell", () =>
        {
            var site = SiteBuilder.Build(content, options.Today, options.DataDate) with { PrintsLeafletPdfs = chromium is not null, FormEditor = formEditor };
            var assets = new AssetManifest(options.TemplatesDirectory, new SiteLinks(site.Settings));
            return (site, PagePlanner.Plan(site).ToList(), new SiteRenderer(site, templates, assets), assets);
        });
        var languages = ShardLanguages(site, options, diagnostics);
        if (diagnostics.HasErrors) return new BuildResult(diagnostics, false, 0, 0, 0, 0, missing) { Timings = timings.Stages };
        var writesShared = options.Languages is null || options.IncludeSharedFiles;

        var failures = new ConcurrentBag<Diagnostic>();
        using var writer = new SiteWriter(options.OutputDirectory);
        // A full build never asks for fingerprints; they are for incremental builds.
        var outputs = new SiteOutputs(site, plan, renderer, assets, new OutputFingerprints(site, renderer, "", _ => ""));
        static bool IsLeaflet(PlannedPage page) => page.Type == PageType.Leaflet;
        // The leaflets come first, so that Chromium prints them while our threads write everything else.
        var pagesWritten = timings.Measure("merkblätter", () => WriteUnits(outputs.Pages(languages, IsLeaflet).ToList(), writer, failures));
        using var stopPrinting = new CancellationTokenSource();
        var printing = chromium is null || !failures.IsEmpty ? null : Task.Run(() =>
        {
            var jobs = languages.SelectMany(language => plan.Where(IsLeaflet).Select(page => (
                Html: Path.Combine(writer.StagingDirectory, language.Code, Paths.FileOf(page.Path)),
                Pdf: Path.Combine(writer.StagingDirectory, language.Code, Paths.LeafletPdf(page.Key!))))).ToList();
            return LeafletPdfPrinter.PrintAsync(jobs, chromium, site.DataDate, stopPrinting.Token);
        });
        try
        {
            // The files beside the pages are few and large (exports, report, search data, sitemaps). They go first, so
            // that they are written alongside the pages rather than after them, when one core would do the last one alone.
            var units = (writesShared ? outputs.SharedFiles() : [])
                .Concat(outputs.LanguageFiles(languages))
                .Concat(outputs.Pages(languages, page => !IsLeaflet(page)))
                .ToList();
            pagesWritten += timings.Measure("seiten und dateien", () => WriteUnits(units, writer, failures));
        }
        finally
        {
            if (!failures.IsEmpty) stopPrinting.Cancel();
            // Printing writes into the staging folder, which must not be swapped in or cleared before it ends.
            if (printing is not null) timings.Measure("pdf (Rest)", () => writer.Counted(printing.GetAwaiter().GetResult()));
        }
        foreach (var failure in failures.Distinct()) diagnostics.Add(failure);
        if (diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics, false, site.Offers.Count, languages.Count, 0, 0, missing) { Timings = timings.Stages };
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

    /// <summary>
    /// Writes units in parallel, in their order, one at a time per thread (a large unit never holds back a batch of
    /// small ones); a template error fails its unit and is reported, the others go on. Returns the number of pages written.
    /// </summary>
    public static int WriteUnits(IReadOnlyList<OutputUnit> units, SiteWriter writer, ConcurrentBag<Diagnostic> failures)
    {
        var pages = 0;
        Parallel.ForEach(Partitioner.Create(units, EnumerablePartitionerOptions.NoBuffering), unit =>
        {
            if (Guard(failures, () => unit.Write(writer)) && unit.IsPage) Interlocked.Increment(ref pages);
        });
        return pages;
    }

    public static bool Guard(ConcurrentBag<Diagnostic> failures, Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (TemplateRenderException e) { failures.Add(e.Diagnostic); }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is TemplateRenderException))
        {
            foreach (var inner in e.InnerExceptions) failures.Add(((TemplateRenderException)inner).Diagnostic);
        }
        return false;
    }
}
