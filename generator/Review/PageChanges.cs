using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Angebotsverzeichnis.Diagnostics;
using Angebotsverzeichnis.Model;
using Angebotsverzeichnis.Rendering;

namespace Angebotsverzeichnis.Review;

/// <summary>One page of the site that a change adds, alters or removes, with the town it belongs to (null: the whole district).</summary>
public sealed record PageChange(string Language, string? Town, string Path, PageChangeKind Kind);

public enum PageChangeKind { Changed, Added, Removed }

/// <summary>The pages a change alters, with the site's languages and towns in the order of its settings (for the report's table).</summary>
public sealed record PageChangeSet(IReadOnlyList<string> Languages, IReadOnlyList<string> Towns, IReadOnlyList<PageChange> Changes);

/// <summary>
/// Which pages a change alters, per town and language: both states are rendered in memory (as the build renders
/// them, on the same day and with the same data date, so a renewed review date does not show on every page) and
/// compared page by page. An offer page belongs to the offer's town, a town's listings and leaflet to that town;
/// the other pages (home, kinds, languages, search) to the whole district.
/// </summary>
public static class PageChanges
{
    public static PageChangeSet Find(ReviewInputs before, ReviewInputs after, DateOnly today)
    {
        var (old, _, _) = Render(before, today);
        var (@new, languages, towns) = Render(after, today);
        var changes = new List<PageChange>();
        foreach (var (key, page) in @new)
        {
            if (!old.TryGetValue(key, out var previous)) changes.Add(new(key.Language, page.Town, key.Path, PageChangeKind.Added));
            else if (previous.Hash != page.Hash) changes.Add(new(key.Language, page.Town ?? previous.Town, key.Path, PageChangeKind.Changed));
        }
        foreach (var (key, page) in old.Where(p => !@new.ContainsKey(p.Key)))
        {
            changes.Add(new(key.Language, page.Town, key.Path, PageChangeKind.Removed));
        }
        var ordered = changes.OrderBy(c => IndexOf(languages, c.Language)).ThenBy(c => c.Path, StringComparer.Ordinal).ToList();
        return new PageChangeSet(languages, towns, ordered);
    }

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == item) return i;
        return list.Count;
    }

    private readonly record struct PageKey(string Language, string Path);

    private sealed record RenderedPage(string? Town, string Hash);

    /// <summary>Every page in every language, by path; empty when the content does not load (its problems are listed elsewhere).</summary>
    private static (Dictionary<PageKey, RenderedPage> Pages, IReadOnlyList<string> Languages, IReadOnlyList<string> Towns) Render(ReviewInputs inputs, DateOnly today)
    {
        var pages = new Dictionary<PageKey, RenderedPage>();
        var diagnostics = new DiagnosticList();
        var options = inputs.BuildOptions(today);
        var (content, templates, _) = BuildPipeline.Check(options, diagnostics);
        if (content is null || templates is null) return (pages, [], []);
        var site = SiteBuilder.Build(content, today, today);
        var renderer = new SiteRenderer(site, templates, new AssetManifest(options.TemplatesDirectory, new SiteLinks(site.Settings)));
        var plan = PagePlanner.Plan(site).ToList();
        foreach (var language in site.Languages)
        {
            foreach (var page in plan)
            {
                using var text = renderer.RenderPageText(page, language);
                var hash = Convert.ToBase64String(SHA256.HashData(MemoryMarshal.AsBytes(text.Span)));
                pages[new PageKey(language.Code, $"/{language.Code}/{page.Path}")] = new RenderedPage(TownOf(page, site), hash);
            }
        }
        return (pages, site.Languages.Select(l => l.Code).ToList(), site.Settings.Towns.Select(t => t.Name).ToList());
    }

    private static string? TownOf(PlannedPage page, Site site) => page.Type switch
    {
        PageType.OfferDetail => page.Offer!.Town,
        PageType.TownListing => site.Settings.Towns.FirstOrDefault(t => t.Slug == page.Key)?.Name,
        PageType.Leaflet => page.Leaflet!.Town?.Name,
        _ => null,
    };
}
