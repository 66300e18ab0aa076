using System.Globalization;
using System.Text;
using Gongkai.Application.AnnualReports.Export.Html;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Application.AnnualReports.Export.Charts;

/// <summary>
/// Server-rendered SVG charts for the report page: no script is needed to see them, and they print.
/// They draw values computed by <see cref="ReportStatistics"/>; they only scale them to pixels. Every text
/// has its own room: labels sit above their bars (shortened to their name, the full label in a
/// <c>&lt;title&gt;</c>), the legend wraps by measured widths, and an empty chart says so once. They are at
/// most <see cref="PhoneWidth"/> wide where the data allows, so a phone shows them at their own size.
/// </summary>
public static class SvgCharts
{
    /// <summary>The width a phone shows without scaling (375 px less the page's margins).</summary>
    public const int PhoneWidth = 340;

    private const string Font = "font-family=\"Noto Sans CJK SC, Microsoft YaHei, sans-serif\"";
    private const int TitleSize = 14;
    private static readonly string[] SeriesColours = ["#1f5fa8", "#3b9c5a", "#b36b00", "#6b6b6b"];

    /// <summary>Horizontal bars: the outcome of the applications handled this year (table 三, 总计 column).</summary>
    public static string OutcomeBars(IReadOnlyList<ChartValue> values, string title)
    {
        const int left = 4, rowHeight = 40, labelSize = 13, valueRoom = 56;
        var top = TitleSize + 16;
        var max = values.Max(v => v.Value ?? 0);
        if (max == 0)
        {
            return Empty(title, "本年度没有办理结果");
        }

        var barArea = PhoneWidth - left - valueRoom;
        var svg = Open(PhoneWidth, top + values.Count * rowHeight + 4, title);
        for (var i = 0; i < values.Count; i++)
        {
            var y = top + i * rowHeight;
            var value = values[i].Value;
            var width = value is { } v ? (double)(v / max) * barArea : 0;
            var (shown, full) = Shorten(values[i].Label, barArea + valueRoom, labelSize);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"{y + labelSize}\" font-size=\"{labelSize}\" {Font}>{(full is null ? "" : $"<title>{E(full)}</title>")}{E(shown)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y + 19}\" width=\"{width:0.#}\" height=\"14\" fill=\"{SeriesColours[0]}\"><title>{E(values[i].Label)}：{Number(value)}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + width + 6:0.#}\" y=\"{y + 31}\" font-size=\"12\" {Font}>{Number(value)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Grouped bars per year: applications received, granted (in full or part), other outcomes, carried forward.</summary>
    public static string Trend(IReadOnlyList<YearPoint> points, string title)
    {
        string[] series = ["本年新收", "予以公开（含部分公开）", "其他办理结果", "结转下年度"];
        if (points.Count == 0)
        {
            return Empty(title, "尚无已发布的年度报告");
        }

        const int left = 8, plotHeight = 150, barWidth = 12, gap = 22, legendSize = 11;
        var groupWidth = series.Length * barWidth + gap;
        var width = Math.Max(left + points.Count * groupWidth + 8, PhoneWidth);
        var legend = new StringBuilder();
        var (x, line) = (left, 0);
        for (var s = 0; s < series.Length; s++)
        {
            var entry = 14 + (int)Math.Ceiling(TextWidth(series[s], legendSize)) + 12;
            if (x + entry > width - 4 && x > left)
            {
                (x, line) = (left, line + 1);
            }

            var y = TitleSize + 12 + line * 18;
            legend.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"10\" height=\"10\" fill=\"{SeriesColours[s]}\"/>");
            legend.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 14}\" y=\"{y + 9}\" font-size=\"{legendSize}\" {Font}>{E(series[s])}</text>");
            x += entry;
        }

        var top = TitleSize + 12 + (line + 1) * 18 + 8;
        var max = points.SelectMany(p => new[] { p.Received, p.Granted, p.OtherOutcomes, p.CarriedForward }).Max(v => v ?? 0);
        var svg = Open(width, top + plotHeight + 24, title).Append(legend);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top + plotHeight}\" x2=\"{width - 4}\" y2=\"{top + plotHeight}\" stroke=\"#444\"/>");
        for (var i = 0; i < points.Count; i++)
        {
            var x0 = left + i * groupWidth + gap / 2;
            decimal?[] values = [points[i].Received, points[i].Granted, points[i].OtherOutcomes, points[i].CarriedForward];
            for (var s = 0; s < values.Length; s++)
            {
                var h = max > 0 && values[s] is { } v ? (double)(v / max) * plotHeight : 0;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x0 + s * barWidth}\" y=\"{top + plotHeight - h:0.#}\" width=\"{barWidth - 2}\" height=\"{h:0.#}\" fill=\"{SeriesColours[s]}\"><title>{points[i].Year}年 {E(series[s])}：{Number(values[s])}</title></rect>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 + series.Length * barWidth / 2}\" y=\"{top + plotHeight + 17}\" text-anchor=\"middle\" font-size=\"12\" {Font}>{points[i].Year}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A label that fits the room: its name before any parenthesis, then cut with an ellipsis; the full label where it was shortened.</summary>
    public static (string Shown, string? Full) Shorten(string label, double room, int size)
    {
        if (TextWidth(label, size) <= room)
        {
            return (label, null);
        }

        var paren = label.IndexOf('（', StringComparison.Ordinal);
        var shown = paren > 0 ? label[..paren] : label;
        var cut = false;
        while (TextWidth(shown + (cut ? "…" : ""), size) > room && shown.Length > 1)
        {
            shown = shown[..^1];
            cut = true;
        }

        return (cut ? shown + "…" : shown, label);
    }

    /// <summary>Width in pixels, generously: CJK and full-width characters one em, the rest 0.62 em.</summary>
    public static double TextWidth(string text, int size) => text.Sum(c => c >= 0x2E80 ? 1.0 : 0.62) * size;

    private static string Empty(string title, string note) =>
        Open(PhoneWidth, TitleSize + 40, title)
            .Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{TitleSize + 30}\" font-size=\"13\" fill=\"#555\" {Font}>{E(note)}</text></svg>").ToString();

    private static StringBuilder Open(int width, int height, string title) =>
        new StringBuilder(4096)
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gk-chart\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{E(title)}\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{E(title)}</title><text x=\"4\" y=\"{TitleSize + 2}\" font-size=\"{TitleSize}\" font-weight=\"bold\" {Font}>{E(title)}</text>");

    private static string Number(decimal? value) => value is { } v ? ReportChecker.Format(v) : "—";

    private static string E(string text) => HtmlText.Encode(text);
}
