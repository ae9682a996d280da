using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Angebotsverzeichnis.Tests.Support;

namespace Angebotsverzeichnis.Tests.Leaflets;

/// <summary>Reads printed leaflets with poppler's command-line tools.</summary>
public static partial class PdfTools
{
    public sealed record Info(int Pages, double WidthPoints, double HeightPoints);

    public static Info ReadInfo(string pdf)
    {
        var output = Run(PdfRequirement.PdfInfo, pdf);
        var pages = PagesLine().Match(output);
        var size = SizeLine().Match(output);
        Assert.True(pages.Success && size.Success, $"pdfinfo gave no page count or size for {pdf}:\n{output}");
        return new Info(
            int.Parse(pages.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The text of all pages, read column by column: the leaflet sets its offers in two columns, and pdftotext
    /// would otherwise interleave the lines of a name that wraps in one column with those of the other column.
    /// Each half of the page is read in layout mode (which keeps hyphens at line ends), then the halves are joined.
    /// </summary>
    public static string ColumnText(string pdf, Info info)
    {
        var half = info.WidthPoints / 2;
        string Crop(double x, double width) => Run(PdfRequirement.PdfToText, "-layout", "-enc", "UTF-8",
            "-x", ((int)Math.Floor(x)).ToString(CultureInfo.InvariantCulture), "-y", "0",
            "-W", ((int)Math.Ceiling(width)).ToString(CultureInfo.InvariantCulture),
            "-H", ((int)Math.Ceiling(info.HeightPoints)).ToString(CultureInfo.InvariantCulture),
            pdf, "-");
        return Crop(0, half) + "\n" + Crop(half, half);
    }

    /// <summary>Every page as an 8-bit grey image at <paramref name="dpi"/>.</summary>
    public static IReadOnlyList<GrayImage> Rasterise(string pdf, int dpi)
    {
        using var folder = new TemporaryDirectory();
        Run(PdfRequirement.PdfToPpm, "-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", pdf, folder.Combine("page"));
        return Directory.GetFiles(folder.Path, "page-*.pgm")
            .OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f)["page-".Length..], CultureInfo.InvariantCulture))
            .Select(f => GrayImage.ReadPgm(File.ReadAllBytes(f)))
            .ToList();
    }

    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} ended with {process.ExitCode}: {stderr.Result}");
        return stdout;
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex SizeLine();
}

/// <summary>An 8-bit grey image, as pdftoppm -gray writes it (binary PGM).</summary>
public sealed record GrayImage(int Width, int Height, byte[] Pixels)
{
    /// <summary>Reads "P5 width height maxval" (whitespace- and comment-separated), one whitespace byte, then the pixels.</summary>
    public static GrayImage ReadPgm(byte[] file)
    {
        var at = 0;
        string Token()
        {
            while (true)
            {
                while (at < file.Length && char.IsWhiteSpace((char)file[at])) at++;
                if (at < file.Length && file[at] == '#')
                {
                    while (at < file.Length && file[at] != '\n') at++;
                    continue;
                }
                break;
            }
            var start = at;
            while (at < file.Length && !char.IsWhiteSpace((char)file[at])) at++;
            return Encoding.ASCII.GetString(file, start, at - start);
        }
        Assert.Equal("P5", Token());
        var width = int.Parse(Token(), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), CultureInfo.InvariantCulture);
        var maxValue = int.Parse(Token(), CultureInfo.InvariantCulture);
        Assert.True(maxValue is > 0 and < 256, $"PGM with maxval {maxValue} (16-bit) is not expected from pdftoppm -gray");
        at++; // the single whitespace byte after maxval
        Assert.True(file.Length - at >= width * height, "PGM file shorter than its header says");
        var pixels = new byte[width * height];
        Array.Copy(file, at, pixels, 0, pixels.Length);
        if (maxValue != 255)
        {
            for (var i = 0; i < pixels.Length; i++) pixels[i] = (byte)(pixels[i] * 255 / maxValue);
        }
        return new GrayImage(width, height, pixels);
    }
}
