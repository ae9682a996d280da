using System.Security.Cryptography;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// The files of templates/assets/, published under assets/ with a content hash in the name of stylesheets and
/// scripts, so browsers and the offline cache may keep them forever and still see every change.
/// </summary>
public sealed class AssetManifest
{
    private static readonly string[] Fingerprinted = [".css", ".js"];
    private readonly SiteLinks _links;
    private readonly Dictionary<string, string> _publishedNames = new(StringComparer.Ordinal);

    public AssetManifest(string templatesDirectory, SiteLinks links)
    {
        _links = links;
        // Files that must live at the site's root, such as the service worker (its scope is its folder).
        var staticDirectory = Path.Combine(templatesDirectory, TemplateSet.StaticFolder);
        if (Directory.Exists(staticDirectory))
        {
            foreach (var path in Directory.EnumerateFiles(staticDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(staticDirectory, path).Replace('\\', '/');
                Files.Add((path, name));
                _publishedNames[name] = name;
            }
        }
        var assetsDirectory = Path.Combine(templatesDirectory, TemplateSet.AssetsFolder);
        if (!Directory.Exists(assetsDirectory)) return;
        foreach (var path in Directory.EnumerateFiles(assetsDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(assetsDirectory, path).Replace('\\', '/');
            var published = name;
            if (Fingerprinted.Contains(Path.GetExtension(name)))
            {
                var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..10];
                published = $"{Path.ChangeExtension(name, null)}.{hash}{Path.GetExtension(name)}";
            }
            Files.Add((path, "assets/" + published));
            _publishedNames[name] = "assets/" + published;
        }
    }

    /// <summary>Source file and site path of every asset and static root file.</summary>
    public List<(string Source, string SitePath)> Files { get; } = new();

    public string Href(string name) =>
        _publishedNames.TryGetValue(name, out var path)
            ? _links.RootHref(path)
            : throw new KeyNotFoundException($"Die Datei {name} fehlt in templates/assets oder templates/static.");
}
