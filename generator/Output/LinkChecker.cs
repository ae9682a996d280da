using AngleSharp.Html.Parser;
using Angebotsverzeichnis.Diagnostics;

namespace Angebotsverzeichnis.Output;

/// <summary>
/// Checks a built site: every link, stylesheet and hreflang alternate that points into the site must lead to a file.
/// Runs in CI after the build, so a template change cannot publish dead ends.
/// </summary>
public static class LinkChecker
{
    public static int Check(string siteDirectory, Uri baseUrl, DiagnosticList diagnostics)
    {
        var basePath = baseUrl.AbsolutePath;
        var absoluteBase = baseUrl.ToString();
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var files = Directory.EnumerateFiles(siteDirectory, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var checkedLinks = 0;
        Parallel.ForEach(files, file =>
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var element in document.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var target = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                string? path = null;
                if (target.StartsWith(absoluteBase, StringComparison.Ordinal)) path = target[absoluteBase.Length..];
                else if (target.StartsWith(basePath, StringComparison.Ordinal) && !target.StartsWith("//", StringComparison.Ordinal)) path = target[basePath.Length..];
                if (path is null) continue;
                Interlocked.Increment(ref checkedLinks);
                if (Exists(siteDirectory, path)) continue;
                var source = element.SourceReference?.Position;
                diagnostics.Error(new SourcePosition(Loading.DisplayPath.Of(file), source?.Line ?? 1, source?.Column ?? 1), ProblemCodes.BrokenLink,
                    $"Der Link \"{target}\" führt ins Leere: im Ordner der Website gibt es dazu keine Datei.",
                    $"The link \"{target}\" leads nowhere: the site folder has no file for it.");
            }
        });
        return checkedLinks;
    }

    private static bool Exists(string siteDirectory, string path)
    {
        path = Uri.UnescapeDataString(path.Split('#', '?')[0]);
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        var full = Path.GetFullPath(Path.Combine(siteDirectory, path));
        return full.StartsWith(Path.GetFullPath(siteDirectory), StringComparison.Ordinal) && File.Exists(full);
    }
}
