using System.Text.RegularExpressions;
using Angebotsverzeichnis.Kinds;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>Which pages of the sample site the browser tests visit: every page type in every language.</summary>
public static partial class SitePages
{
    /// <summary>The languages of content/site.yaml, in their order (read when tests are discovered, before any build).</summary>
    public static IReadOnlyList<string> Languages { get; } =
        LanguageLine().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Content, "site.yaml"))).Select(m => m.Groups[1].Value).ToList();

    public static IReadOnlyList<string> RightToLeft { get; } =
        LanguageLine().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Content, "site.yaml")))
            .Where(m => m.Value.Contains("richtung: rtl", StringComparison.Ordinal)).Select(m => m.Groups[1].Value).ToList();

    /// <summary>
    /// Page types of one language: each registered kind's listing and richest detail page ("detail-&lt;kind&gt;",
    /// resolved against the built site by <see cref="Resolve"/>), so a new kind is checked without a change here.
    /// </summary>
    public static readonly string[] LanguagePageTypes =
    [
        "",
        .. OfferKinds.All.Select(k => $"{k.Folder}/"),
        "orte/", "orte/witten/", "sprachen/", "sprachen/de/",
        .. OfferKinds.All.Select(k => $"detail-{k.Folder}"),
        "suche/", "ueber/", "404.html",
        "barrierefreiheit/", "leichte-sprache/", "gebaerdensprache/", "impressum/",
        "sprachkurse/?ort=witten&kinderbetreuung=1", "suche/?q=kurs",
        "merkblatt/", "merkblatt/witten/", "merkblatt/sammeldruck/",
    ];

    /// <summary>Pages that exist in one language only.</summary>
    public static readonly string[] SingleLanguagePages = ["/de/bericht/"];

    /// <summary>An address with no page: the server answers 404 with /404.html, as the host does.</summary>
    public const string MissingPage = "/gibt-es-nicht/";

    public static readonly string[] RootPages = ["/", "/404.html", MissingPage, "/data/"];

    /// <summary>Every page to check, as a site path or "/&lt;lang&gt;/detail-&lt;kind&gt;".</summary>
    public static IEnumerable<string> All() =>
        RootPages.Concat(SingleLanguagePages).Concat(Languages.SelectMany(l => LanguagePageTypes.Select(t => $"/{l}/{t}")));

    /// <summary>
    /// Folders of the built site that hold pages but none of whose pages is in <see cref="All"/>: a new page type
    /// that the accessibility check does not visit yet.
    /// </summary>
    public static IEnumerable<string> UncoveredPageFolders(string output)
    {
        var checkedPaths = All().Select(p => p.Split('?')[0]).ToList();
        var folders = new List<string>();
        foreach (var top in Directory.GetDirectories(output).Select(Path.GetFileName))
        {
            if (Languages.Contains(top!)) folders.AddRange(Directory.GetDirectories(Path.Combine(output, top!)).Select(d => $"/{top}/{Path.GetFileName(d)}/"));
            else folders.Add($"/{top}/");
        }
        return folders
            .Where(folder => Directory.EnumerateFiles(Path.Combine(output, folder.Trim('/')), "*.html", SearchOption.AllDirectories).Any())
            .Where(folder => !checkedPaths.Any(p => p.StartsWith(folder, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>The site path to open: a detail placeholder becomes the richest (largest) offer page of that kind.</summary>
    public static string Resolve(string output, string page)
    {
        var match = DetailPlaceholder().Match(page);
        if (!match.Success) return page;
        var language = match.Groups[1].Value;
        var kind = match.Groups[2].Value;
        return $"/{language}/{kind}/{RichestOffer(output, kind)}.html";
    }

    /// <summary>The id of the offer of <paramref name="kind"/> whose German page is largest (most fields, contact person …).</summary>
    public static string RichestOffer(string output, string kind) =>
        new DirectoryInfo(Path.Combine(output, "de", kind)).GetFiles("*.html")
            .Where(f => f.Name != "index.html")
            .OrderByDescending(f => f.Length).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => Path.GetFileNameWithoutExtension(f.Name))
            .First();

    [GeneratedRegex(@"^\s*-\s*\{\s*code:\s*([a-z]{2,3})\b[^\n]*", RegexOptions.Multiline)]
    private static partial Regex LanguageLine();

    [GeneratedRegex(@"^/([a-z]{2,3})/detail-([a-z]+)$")]
    private static partial Regex DetailPlaceholder();
}
