using Angebotsverzeichnis.Loading.Settings;

namespace Angebotsverzeichnis.Rendering;

/// <summary>Turns site paths into links: root-relative for navigation (respecting a base path), absolute for hreflang, sitemaps and feeds.</summary>
public sealed class SiteLinks(SiteSettings settings)
{
    private readonly string _basePath = settings.BasePath;
    private readonly string _baseUrl = settings.BaseUrl.ToString();

    public string Href(string language, string path) => $"{_basePath}{language}/{path}";

    public string Absolute(string language, string path) => $"{_baseUrl}{language}/{path}";

    public string RootHref(string path) => _basePath + path;

    public string RootAbsolute(string path) => _baseUrl + path;
}
