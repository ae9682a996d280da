using QRCoder;

namespace Angebotsverzeichnis.Rendering;

/// <summary>QR codes as SVG files (QRCoder); leaflets show them as images, so a page stays small.</summary>
public static class QrCodes
{
    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return svg[svg.IndexOf("<svg", StringComparison.Ordinal)..];
    }
}
