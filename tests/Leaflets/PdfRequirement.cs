using Angebotsverzeichnis.Output;

namespace Angebotsverzeichnis.Tests.Leaflets;

/// <summary>
/// What the PDF checks need outside .NET: Chromium to print the leaflets and poppler (pdfinfo, pdftotext, pdftoppm)
/// to read them. On a developer machine without them the tests are skipped with a hint; in CI (CI=true) a missing
/// tool is a failure, never a skip.
/// </summary>
public static class PdfRequirement
{
    public const string PdfInfo = "/usr/bin/pdfinfo";
    public const string PdfToText = "/usr/bin/pdftotext";
    public const string PdfToPpm = "/usr/bin/pdftoppm";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The tools that are missing, with a hint; empty when everything is installed.</summary>
    public static IReadOnlyList<string> Missing()
    {
        var missing = new List<string>();
        // The build finds Chromium at /usr/bin/chromium or at CHROMIUM_PATH.
        if (LeafletPdfPrinter.FindChromium() is null) missing.Add($"{LeafletPdfPrinter.DefaultChromium} (install chromium, or set CHROMIUM_PATH)");
        foreach (var tool in new[] { PdfInfo, PdfToText, PdfToPpm })
        {
            if (!File.Exists(tool)) missing.Add($"{tool} (install poppler-utils)");
        }
        return missing;
    }

    /// <summary>Skips (locally) or fails (CI=true) when a tool is missing.</summary>
    public static void Require(IReadOnlyList<string> missing)
    {
        if (missing.Count == 0) return;
        var message = "The PDF leaflet checks need " + string.Join(", ", missing) + ".";
        if (InCi) Assert.Fail(message + " CI=true, so this is a failure, not a skip.");
        Skip.If(true, message + " Skipped because CI is not \"true\".");
    }
}
