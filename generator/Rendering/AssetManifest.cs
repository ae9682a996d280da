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

    public AssetManifest(string assetsDirectory, SiteLinks links)
    {
        _links = links;
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

    /// <summary>Source file and site path of every asset.</summary>
    public List<(string Source, string SitePath)> Files { get; } = new();

    public string Href(string name) =>
        _publishedNames.TryGetValue(name, out var path)
            ? _links.RootHref(path)
            : throw new KeyNotFoundException($"Die Datei templates/assets/{name} fehlt.");
}
