using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Rendering;

namespace Angebotsverzeichnis.Output;

/// <summary>
/// Every output of a build as a list of units, the one list that the full build writes all of and an incremental
/// build writes the changed ones of: so both produce the same files.
/// </summary>
public sealed class SiteOutputs(Site site, IReadOnlyList<PlannedPage> plan, SiteRenderer renderer, AssetManifest assets, OutputFingerprints fingerprints)
{
    private readonly SiteLinks _links = new(site.Settings);

    public IEnumerable<OutputUnit> Units(IReadOnlyList<Language> languages, bool writesShared) =>
        Pages(languages).Concat(LanguageFiles(languages)).Concat(writesShared ? SharedFiles() : []);

    /// <summary>The page units at the given site paths ("/de/sprachkurse/abendkurs/"), without making the units of all other pages.</summary>
    public IEnumerable<OutputUnit> PagesAt(IReadOnlySet<string> sitePaths, IReadOnlyList<Language> languages)
    {
        var byPath = plan.ToDictionary(p => p.Path, StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var prefix = $"/{language.Code}/";
            foreach (var path in sitePaths.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                if (byPath.TryGetValue(path[prefix.Length..], out var page)) yield return Page(page, language);
            }
        }
    }

    public IEnumerable<OutputUnit> Pages(IReadOnlyList<Language> languages, Func<PlannedPage, bool>? which = null) =>
        languages.SelectMany(language => plan.Where(which ?? (_ => true)).Select(page => Page(page, language)));

    private OutputUnit Page(PlannedPage page, Language language)
    {
        var sitePath = $"{language.Code}/{Paths.FileOf(page.Path)}";
        return new OutputUnit(sitePath, OutputGroup.Pages, () => fingerprints.Page(page, language), writer =>
        {
            using (var text = renderer.RenderPageText(page, language))
            {
                writer.Write(sitePath, text.Span);
            }
            if (page.Offer is { } offer && IcsWriter.HasStart(offer, site))
            {
                writer.Write($"{language.Code}/{Paths.OfferCalendar(offer)}", renderer.RenderOfferCalendar(offer, language));
            }
        }) { SitePath = $"/{language.Code}/{page.Path}", IsPage = true };
    }

    /// <summary>What belongs to one language besides its pages: sitemap, search data, feeds and the report in the source language.</summary>
    public IEnumerable<OutputUnit> LanguageFiles(IReadOnlyList<Language> languages)
    {
        foreach (var language in languages)
        {
            var code = language.Code;
            yield return new OutputUnit($"{code}/sitemap.xml", OutputGroup.LanguageFiles, () => fingerprints.PagePaths(plan),
                writer => writer.WriteText($"{code}/sitemap.xml", text => renderer.WriteLanguageSitemap(language, plan, text)));
            yield return new OutputUnit($"{code}/{Paths.SearchIndex}", OutputGroup.LanguageFiles, fingerprints.AllOffers,
                writer => writer.WriteStream($"{code}/{Paths.SearchIndex}", stream => renderer.WriteSearchIndex(language, stream)));
            yield return new OutputUnit($"{code}/{Paths.CourseStartsFeed}", OutputGroup.LanguageFiles, fingerprints.AllOffers,
                writer => writer.WriteText($"{code}/{Paths.CourseStartsFeed}", text => renderer.WriteCourseStartsFeed(language, text)));
            yield return new OutputUnit($"{code}/{Paths.UpdatesFeed}", OutputGroup.LanguageFiles, fingerprints.AllOffers,
                writer => writer.Write($"{code}/{Paths.UpdatesFeed}", renderer.RenderUpdatesFeed(language)));
        }
        if (languages.Contains(site.SourceLanguage))
        {
            var path = $"{site.SourceLanguage.Code}/{Paths.ReportFolder}/index.html";
            yield return new OutputUnit(path, OutputGroup.LanguageFiles, fingerprints.AllOffers,
                writer => writer.Write(path, renderer.RenderCoverageReportPage()));
        }
    }

    /// <summary>Files at the site's root, shared by all languages: language chooser, sitemap index, robots.txt, assets, open data.</summary>
    public IEnumerable<OutputUnit> SharedFiles()
    {
        foreach (var (path, template) in new[]
                 {
                     ("index.html", TemplateNames.LanguageChooser), ("404.html", TemplateNames.RootNotFound),
                     ("sitemap.xml", TemplateNames.SitemapIndex), ("robots.txt", TemplateNames.Robots),
                     ($"{Paths.OpenDataFolder}/index.html", TemplateNames.OpenData),
                 })
        {
            yield return new OutputUnit(path, OutputGroup.SharedFiles, fingerprints.Global, writer => writer.Write(path, renderer.RenderRootFile(template)));
        }
        yield return new OutputUnit($"{Paths.OpenDataFolder}/exports", OutputGroup.SharedFiles, fingerprints.AllOffers,
            writer => OpenData.OpenDataWriter.Write(site, _links, writer));
        yield return new OutputUnit($"{Paths.OpenDataFolder}/{CoverageViews.CsvFolder}", OutputGroup.SharedFiles, fingerprints.AllOffers, writer =>
        {
            foreach (var (name, csv) in renderer.RenderCoverageReportCsv()) writer.Write($"{Paths.OpenDataFolder}/{CoverageViews.CsvFolder}/{name}", csv);
        });
        foreach (var file in new[] { site.Settings.Accessibility.SignLanguageVideo, site.Settings.Accessibility.SignLanguageCaptions }.OfType<string>())
        {
            var sitePath = Paths.Media(file);
            var source = Path.Combine(site.Settings.ContentDirectory, Loading.Settings.AccessibilityStatement.MediaFolder, file);
            yield return new OutputUnit(sitePath, OutputGroup.SharedFiles, fingerprints.Global, writer => writer.Copy(source, sitePath));
        }
        if (site.FormEditor is { } editor)
        {
            yield return new OutputUnit(FormEditor.FormEditorFiles.Folder, OutputGroup.SharedFiles, fingerprints.Global,
                writer => FormEditor.FormEditorFiles.Write(site, editor, writer));
        }
        foreach (var (source, sitePath) in assets.Files)
        {
            yield return new OutputUnit(sitePath, OutputGroup.SharedFiles, fingerprints.Global, writer => writer.Copy(source, sitePath));
        }
    }
}
