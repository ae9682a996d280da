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

    /// <summary>
    /// Charts are drawn for a phone's width: each row's label stands on its own line above the bars, wrapped where it
    /// is long, so no label is cut off and the text keeps its size on a 320 px screen (288 px inside the page margins).
    /// </summary>
    private const int Width = 288;
    private const int FontSize = 13;
    /// <summary>Room at the sides for glyphs that reach past their start, such as a "J" at the left edge.</summary>
    private const int Margin = 2;
    private const int LineHeight = 16;
    private const int BarHeight = 18;
    private const int Gap = 10;
    private const int ValueWidth = 34;
    /// <summary>Characters per label line: 13 px text averages well under 8 px a character, even in capitals.</summary>
    private const int LabelChars = 36;

    public sealed record Row(string Label, IReadOnlyList<int> Values);

    public static TrustedHtml Bars(string id, string title, IReadOnlyList<string> series, IReadOnlyList<Row> rows)
    {
        var max = Math.Max(1, rows.Max(r => r.Values.Sum()));
        const int plotWidth = Width - ValueWidth;
        var legend = new StringBuilder();
        var legendHeight = 0;
        if (series.Count > 1)
        {
            // One legend entry per line: long kind names never run past the edge.
            foreach (var (name, s) in series.Select((name, s) => (name, s)))
            {
                foreach (var line in Wrap(name, LabelChars - 3))
                {
                    legend.Append($"<text x=\"20\" y=\"{legendHeight + 14}\" font-size=\"{FontSize}\">{HtmlText.Escape(line)}</text>");
                    legendHeight += LineHeight;
                }
                legend.Append($"<rect x=\"0\" y=\"{legendHeight - LineHeight + 3}\" width=\"14\" height=\"14\" fill=\"{Palette[s % Palette.Length]}\"/>");
            }
            legendHeight += Gap;
        }
        var body = new StringBuilder();
        var y = legendHeight + 3;
        foreach (var row in rows)
        {
            foreach (var line in Wrap(row.Label, LabelChars))
            {
                body.Append($"<text x=\"0\" y=\"{y + FontSize}\" font-size=\"{FontSize}\">{HtmlText.Escape(line)}</text>");
                y += LineHeight;
            }
            y += 2;
            double x = 0;
            for (var s = 0; s < row.Values.Count; s++)
            {
                var w = row.Values[s] * (double)plotWidth / max;
                if (w > 0) body.Append($"<rect x=\"{N(x)}\" y=\"{y}\" width=\"{N(w)}\" height=\"{BarHeight}\" fill=\"{Palette[s % Palette.Length]}\"/>");
                x += w;
            }
            body.Append($"<text x=\"{N(x + 6)}\" y=\"{y + 14}\" font-size=\"{FontSize}\">{row.Values.Sum()}</text>");
            y += BarHeight + Gap;
        }
        return Close(Open(id, title, Width, y).Append(legend).Append(body));
    }

    /// <summary>Rows × columns of counts, each row's label above its cells; zero cells (gaps) get a hatched red frame.</summary>
    public static TrustedHtml HeatMap(string id, string title, IReadOnlyList<string> columns, IReadOnlyList<Row> rows)
    {
        var cell = Math.Min(34, Math.Max(22, Width / Math.Max(1, columns.Count)));
        var width = Math.Max(Width, columns.Count * cell);
        var max = Math.Max(1, rows.SelectMany(r => r.Values).DefaultIfEmpty(0).Max());
        var body = new StringBuilder();
        body.Append("<defs><pattern id=\"").Append(id).Append("-gap\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#B00020\" stroke-width=\"2\"/></pattern></defs>");
        for (var c = 0; c < columns.Count; c++)
        {
            body.Append($"<text x=\"{c * cell + cell / 2}\" y=\"15\" font-size=\"{FontSize}\" text-anchor=\"middle\">{HtmlText.Escape(columns[c])}</text>");
        }
        var y = 24;
        foreach (var row in rows)
        {
            foreach (var line in Wrap(row.Label, LabelChars))
            {
                body.Append($"<text x=\"0\" y=\"{y + FontSize}\" font-size=\"{FontSize}\">{HtmlText.Escape(line)}</text>");
                y += LineHeight;
            }
            y += 2;
            for (var c = 0; c < columns.Count; c++)
            {
                var value = row.Values[c];
                var x = c * cell;
                var fill = value == 0 ? $"url(#{id}-gap)" : Shade(value, max);
                var stroke = value == 0 ? "#B00020" : "#fff";
                body.Append($"<rect x=\"{x + 1}\" y=\"{y + 1}\" width=\"{cell - 2}\" height=\"{cell - 2}\" fill=\"{fill}\" stroke=\"{stroke}\"/>");
                var textColour = value > 0 && value * 2 > max ? "#fff" : "#1b1f24";
                body.Append($"<text x=\"{x + cell / 2}\" y=\"{y + cell / 2 + 5}\" font-size=\"{FontSize}\" text-anchor=\"middle\" fill=\"{textColour}\">{(value == 0 ? "" : value)}</text>");
            }
            y += cell + 6;
        }
        return Close(Open(id, title, width, y).Append(body));
    }

    /// <summary>A label in lines of at most <paramref name="chars"/> characters, broken at spaces (a longer word stands alone).</summary>
    private static IEnumerable<string> Wrap(string label, int chars)
    {
        var line = new StringBuilder();
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > chars)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    private static StringBuilder Open(string id, string title, int width, int height) => new StringBuilder()
        .Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title\" viewBox=\"-{Margin} 0 {width + 2 * Margin} {height}\" width=\"{width + 2 * Margin}\" height=\"{height}\" font-family=\"system-ui, sans-serif\" fill=\"#1b1f24\">")
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
