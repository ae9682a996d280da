namespace Angebotsverzeichnis.Serving;

/// <summary>The media type of each kind of file the build writes, for whatever serves the site locally.</summary>
public static class ContentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".ics"] = "text/calendar; charset=utf-8",
        [".atom"] = "application/atom+xml; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".webmanifest"] = "application/manifest+json",
        [".pdf"] = "application/pdf",
        [".wasm"] = "application/wasm",
    };

    public static string Of(string path) => ByExtension.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
}
