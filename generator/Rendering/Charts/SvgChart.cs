using System.Globalization;
using System.Text;

namespace Angebotsverzeichnis.Rendering.Charts;

/// <summary>
/// Small inline SVG charts with no library and no request: horizontal bars (stacked when there are several series)
/// and a heat map. Each chart is an image with a title; the page shows the same figures in a table beside it.
/// </summary>
public static class SvgChart
{
    /// <summary>Colour-blind safe (Okabe–Ito), dark enough for 3:1 against white.</summary>
    public static readonly string[] Palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#6A5ACD", "#8C6D1F"];

    private const int LabelWidth = 170;
    private const int BarHeight = 22;
    private const int Gap = 8;
    private const int PlotWidth = 420;

    public sealed record Row(string Label, IReadOnlyList<int> Values);

    public static TrustedHtml Bars(string id, string title, IReadOnlyList<string> series, IReadOnlyList<Row> rows)
    {
        var max = Math.Max(1, rows.Max(r => r.Values.Sum()));
        var width = LabelWidth + PlotWidth + 50;
        var legend = new StringBuilder();
        var legendHeight = 0;
        if (series.Count > 1)
        {
            var x = LabelWidth;
            legendHeight = 28;
            for (var s = 0; s < series.Count; s++)
            {
                var itemWidth = 24 + series[s].Length * 7;
                if (x + itemWidth > width && x > LabelWidth)
                {
                    x = LabelWidth;
                    legendHeight += 22;
                }
                var y = legendHeight - 22;
                legend.Append($"<rect x=\"{x}\" y=\"{y}\" width=\"14\" height=\"14\" fill=\"{Palette[s % Palette.Length]}\"/>");
                legend.Append($"<text x=\"{x + 18}\" y=\"{y + 12}\" font-size=\"12\">{HtmlText.Escape(series[s])}</text>");
                x += itemWidth;
            }
        }
        var height = legendHeight + rows.Count * (BarHeight + Gap) + Gap;
        var svg = Open(id, title, width, height).Append(legend);
        for (var r = 0; r < rows.Count; r++)
        {
            var y = legendHeight + Gap + r * (BarHeight + Gap);
            svg.Append($"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" font-size=\"13\" text-anchor=\"end\">{HtmlText.Escape(rows[r].Label)}</text>");
            double x = LabelWidth;
            for (var s = 0; s < rows[r].Values.Count; s++)
            {
                var w = rows[r].Values[s] * (double)PlotWidth / max;
                if (w > 0) svg.Append($"<rect x=\"{N(x)}\" y=\"{y}\" width=\"{N(w)}\" height=\"{BarHeight}\" fill=\"{Palette[s % Palette.Length]}\"/>");
                x += w;
            }
            svg.Append($"<text x=\"{N(x + 6)}\" y=\"{y + 16}\" font-size=\"13\">{rows[r].Values.Sum()}</text>");
        }
        return Close(svg);
    }

    /// <summary>Rows × columns of counts; zero cells (gaps) get a hatched red frame.</summary>
    public static TrustedHtml HeatMap(string id, string title, IReadOnlyList<string> columns, IReadOnlyList<Row> rows)
    {
        const int cell = 34;
        var max = Math.Max(1, rows.SelectMany(r => r.Values).DefaultIfEmpty(0).Max());
        var width = LabelWidth + columns.Count * cell + 10;
        var height = 30 + rows.Count * cell + 10;
        var svg = Open(id, title, width, height);
        svg.Append("<defs><pattern id=\"").Append(id).Append("-gap\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#B00020\" stroke-width=\"2\"/></pattern></defs>");
        for (var c = 0; c < columns.Count; c++)
        {
            svg.Append($"<text x=\"{LabelWidth + c * cell + cell / 2}\" y=\"20\" font-size=\"12\" text-anchor=\"middle\">{HtmlText.Escape(columns[c])}</text>");
        }
        for (var r = 0; r < rows.Count; r++)
        {
            var y = 30 + r * cell;
            svg.Append($"<text x=\"{LabelWidth - 8}\" y=\"{y + cell / 2 + 5}\" font-size=\"13\" text-anchor=\"end\">{HtmlText.Escape(rows[r].Label)}</text>");
            for (var c = 0; c < columns.Count; c++)
            {
                var value = rows[r].Values[c];
                var x = LabelWidth + c * cell;
                var fill = value == 0 ? $"url(#{id}-gap)" : Shade(value, max);
                var stroke = value == 0 ? "#B00020" : "#fff";
                svg.Append($"<rect x=\"{x + 1}\" y=\"{y + 1}\" width=\"{cell - 2}\" height=\"{cell - 2}\" fill=\"{fill}\" stroke=\"{stroke}\"/>");
                var textColour = value > 0 && value * 2 > max ? "#fff" : "#1b1f24";
                svg.Append($"<text x=\"{x + cell / 2}\" y=\"{y + cell / 2 + 5}\" font-size=\"13\" text-anchor=\"middle\" fill=\"{textColour}\">{(value == 0 ? "" : value)}</text>");
            }
        }
        return Close(svg);
    }

    private static StringBuilder Open(string id, string title, int width, int height) => new StringBuilder()
        .Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" font-family=\"system-ui, sans-serif\" fill=\"#1b1f24\">")
        .Append($"<title id=\"{id}-title\">{HtmlText.Escape(title)}</title>");

    private static TrustedHtml Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    /// <summary>From light to dark blue as the count grows.</summary>
    private static string Shade(int value, int max)
    {
        var t = value / (double)max;
        int Mix(int from, int to) => (int)Math.Round(from + (to - from) * t);
        return $"#{Mix(0xDC, 0x0B):X2}{Mix(0xEA, 0x4F):X2}{Mix(0xF7, 0x8A):X2}";
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
