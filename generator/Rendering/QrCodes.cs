using System.Text;
using QRCoder;

namespace Angebotsverzeichnis.Rendering;

/// <summary>
/// QR codes as inline SVG: QRCoder encodes, we draw. Inline, a leaflet is one self-contained file that prints
/// without loading a dozen images (loading them was most of Chromium's time per PDF). Each row's dark runs are
/// strokes one module high in relative moves, about a third of QRCoder's own SVG, so a leaflet stays small.
/// </summary>
public static class QrCodes
{
    /// <summary>An SVG image of the URL's QR code (quiet zone included), named for screen readers by its label.</summary>
    public static TrustedHtml InlineSvg(string url, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var size = rows.Count;
        var svg = new StringBuilder(2048);
        svg.Append("<svg class=\"qr\" role=\"img\" aria-label=\"").Append(HtmlText.Escape(label))
            .Append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(size).Append(' ').Append(size)
            .Append("\"><rect width=\"").Append(size).Append("\" height=\"").Append(size)
            .Append("\" fill=\"#fff\"/><path stroke=\"#000\" d=\"");
        for (var y = 0; y < size; y++)
        {
            int? penX = null;
            for (var x = 0; x < size;)
            {
                if (!rows[y][x]) { x++; continue; }
                var start = x;
                while (x < size && rows[y][x]) x++;
                if (penX is null) svg.Append('M').Append(start).Append(' ').Append(y).Append(".5");
                else svg.Append('m').Append(start - penX.Value).Append(" 0");
                svg.Append('h').Append(x - start);
                penX = x;
            }
        }
        return new TrustedHtml(svg.Append("\"/></svg>").ToString());
    }
}
