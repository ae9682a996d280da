using System.Text;
using Microsoft.Playwright;

namespace Angebotsverzeichnis.Output;

/// <summary>
/// Prints the leaflets' HTML pages as A4 PDF files with headless Chromium, driven by Playwright (one browser for
/// all leaflets). The leaflets are self-contained documents (styles and QR codes inline), so each prints from its
/// HTML alone, with the browser offline.
/// </summary>
public static class LeafletPdfPrinter
{
    public const string DefaultChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static string? FindChromium() =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured && File.Exists(configured) ? configured
        : File.Exists(DefaultChromium) ? DefaultChromium
        : null;

    /// <summary>Prints each (HTML file, PDF file) pair; returns how many were written. A cancelled run stops after the leaflets being printed.</summary>
    public static async Task<int> PrintAsync(IReadOnlyList<(string Html, string Pdf)> jobs, string chromium, DateOnly dataDate,
        CancellationToken cancellation = default)
    {
        var profile = Directory.CreateTempSubdirectory("angebote-chromium-");
        try
        {
            Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            using var playwright = await Playwright.CreateAsync();
            await using var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ChromiumArguments,
                Offline = true,
            });
            var printed = 0;
            var queue = new Queue<(string Html, string Pdf)>(jobs);
            var workers = Enumerable.Range(0, Math.Min(2, Math.Max(1, jobs.Count))).Select(async _ =>
            {
                var page = await context.NewPageAsync();
                while (!cancellation.IsCancellationRequested)
                {
                    (string Html, string Pdf) job;
                    lock (queue)
                    {
                        if (queue.Count == 0) break;
                        job = queue.Dequeue();
                    }
                    // Tagged: a screen reader follows the structure (headings, lists) and the document language.
                    // Set as content, not opened as a file: a file URL costs Chromium a new renderer each time.
                    await page.SetContentAsync(await File.ReadAllTextAsync(job.Html), new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
                    var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true, Tagged = true, Outline = true });
                    await File.WriteAllBytesAsync(job.Pdf, WithFixedDates(pdf, dataDate));
                    Interlocked.Increment(ref printed);
                }
                await page.CloseAsync();
            }).ToList();
            await Task.WhenAll(workers);
            return printed;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Chromium stamps the printing time into the PDF; replacing it, digit for digit, with the data date keeps
    /// the output the same for the same input without moving any byte offset.
    /// </summary>
    public static byte[] WithFixedDates(byte[] pdf, DateOnly dataDate)
    {
        var stamp = Encoding.ASCII.GetBytes(dataDate.ToString("yyyyMMdd") + "000000");
        foreach (var key in new[] { "/CreationDate (D:", "/ModDate (D:" })
        {
            var marker = Encoding.ASCII.GetBytes(key);
            var at = pdf.AsSpan().IndexOf(marker);
            if (at < 0 || at + marker.Length + stamp.Length > pdf.Length) continue;
            stamp.CopyTo(pdf, at + marker.Length);
        }
        return pdf;
    }
}
