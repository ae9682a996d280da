using ZXing;
using ZXing.Common;
using ZXing.Multi.QrCode;

namespace Angebotsverzeichnis.Tests.Leaflets;

/// <summary>
/// Finds and decodes all QR codes on a rasterised page with ZXing.Net. A leaflet page holds a dozen codes; ZXing's
/// multi reader may miss some of them on a whole page, so the page is also read in overlapping windows, each
/// large enough to hold a whole code with its quiet zone, and the results are joined.
/// </summary>
public static class QrScanner
{
    private static readonly Dictionary<DecodeHintType, object> Hints = new()
    {
        [DecodeHintType.TRY_HARDER] = true,
        [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE },
        [DecodeHintType.CHARACTER_SET] = "UTF-8",
    };

    /// <param name="largestCodePixels">The side of the largest code with its quiet zone, in pixels.</param>
    public static IReadOnlySet<string> Decode(GrayImage page, int largestCodePixels)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        Read(page, 0, 0, page.Width, page.Height, found);

        // Windows of twice the largest code, moved by one code: every code lies wholly inside at least one window.
        var window = 2 * largestCodePixels;
        var step = largestCodePixels;
        for (var top = 0; top < page.Height; top += step)
        {
            for (var left = 0; left < page.Width; left += step)
            {
                var width = Math.Min(window, page.Width - left);
                var height = Math.Min(window, page.Height - top);
                if (width < largestCodePixels / 2 || height < largestCodePixels / 2) continue;
                Read(page, left, top, width, height, found);
            }
        }
        return found;
    }

    private static void Read(GrayImage page, int left, int top, int width, int height, HashSet<string> found)
    {
        // A grey image is the Y plane of a YUV image, so PlanarYUVLuminanceSource reads (a window of) it as it is.
        var source = new PlanarYUVLuminanceSource(page.Pixels, page.Width, page.Height, left, top, width, height, false);
        var bitmap = new BinaryBitmap(new HybridBinarizer(source));
        var results = new QRCodeMultiReader().decodeMultiple(bitmap, Hints);
        if (results is null) return;
        foreach (var result in results)
        {
            if (result?.Text is { } text) found.Add(text);
        }
    }
}
