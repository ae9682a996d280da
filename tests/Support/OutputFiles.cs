using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Angebotsverzeichnis.Tests.Support;

/// <summary>Reads a built site: every file, every HTML page parsed with AngleSharp.</summary>
public static class OutputFiles
{
    private static readonly HtmlParser Parser = new();

    public static IEnumerable<string> All(string outputDirectory) =>
        Directory.EnumerateFiles(outputDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static IEnumerable<string> Pages(string outputDirectory) => All(outputDirectory).Where(f => f.EndsWith(".html", StringComparison.Ordinal));

    public static IDocument Parse(string path) => Parser.ParseDocument(File.ReadAllText(path));

    public static string SitePath(string outputDirectory, string file) =>
        "/" + Path.GetRelativePath(outputDirectory, file).Replace('\\', '/');
}
