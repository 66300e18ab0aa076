using System.Globalization;
using System.Text;
using Gongkai.Application.AnnualReports.Export.Html;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Application.AnnualReports.Export.Charts;

/// <summary>
/// Server-rendered SVG charts for the report page: no script is needed to see them, and they print.
/// They draw values computed by <see cref="ReportStatistics"/>; they only scale them to pixels.
/// </summary>
public static class SvgCharts
{
    private const string Font = "font-family=\"Noto Sans CJK SC, Microsoft YaHei, sans-serif\"";
    private static readonly string[] SeriesColours = ["#1f5fa8", "#3b9c5a", "#d08a1c", "#8c8c8c"];

    /// <summary>Horizontal bars: the outcome of the applications handled this year (table 三, 总计 column).</summary>
    public static string OutcomeBars(IReadOnlyList<ChartValue> values, string title)
    {
        const int labelWidth = 96, barArea = 300, rowHeight = 26, top = 34;
        var height = top + values.Count * rowHeight + 10;
        var max = values.Max(v => v.Value ?? 0);
        var svg = Open(labelWidth + barArea + 60, height, title);
        for (var i = 0; i < values.Count; i++)
        {
            var y = top + i * rowHeight;
            var value = values[i].Value;
            var width = max > 0 && value is { } v ? (double)(v / max) * barArea : 0;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 6}\" y=\"{y + 16}\" text-anchor=\"end\" font-size=\"13\" {Font}>{E(values[i].Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{width:0.#}\" height=\"16\" fill=\"{SeriesColours[0]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + width + 6:0.#}\" y=\"{y + 16}\" font-size=\"12\" {Font}>{Number(value)}</text>");
        }

        if (max == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + 10}\" y=\"{top - 8}\" font-size=\"12\" fill=\"#666\" {Font}>本年度没有办理结果</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Grouped bars per year: applications received, granted (in full or part), other outcomes, carried forward.</summary>
    public static string Trend(IReadOnlyList<YearPoint> points, string title)
    {
        string[] series = ["本年新收", "予以公开（含部分公开）", "其他办理结果", "结转下年度"];
        const int left = 40, plotHeight = 160, top = 48, barWidth = 14, gap = 26;
        var groupWidth = series.Length * barWidth + gap;
        var width = Math.Max(left + points.Count * groupWidth + 20, 420);
        var max = points.SelectMany(p => new[] { p.Received, p.Granted, p.OtherOutcomes, p.CarriedForward }).Max(v => v ?? 0);
        var svg = Open(width, top + plotHeight + 30, title);
        for (var s = 0; s < series.Length; s++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left + s * 100}\" y=\"26\" width=\"10\" height=\"10\" fill=\"{SeriesColours[s]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + s * 100 + 14}\" y=\"35\" font-size=\"11\" {Font}>{E(series[s])}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top + plotHeight}\" x2=\"{width - 10}\" y2=\"{top + plotHeight}\" stroke=\"#444\"/>");
        for (var i = 0; i < points.Count; i++)
        {
            var x0 = left + i * groupWidth + gap / 2;
            decimal?[] values = [points[i].Received, points[i].Granted, points[i].OtherOutcomes, points[i].CarriedForward];
            for (var s = 0; s < values.Length; s++)
            {
                var h = max > 0 && values[s] is { } v ? (double)(v / max) * plotHeight : 0;
                var x = x0 + s * barWidth;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{top + plotHeight - h:0.#}\" width=\"{barWidth - 2}\" height=\"{h:0.#}\" fill=\"{SeriesColours[s]}\"><title>{points[i].Year}年 {E(series[s])}：{Number(values[s])}</title></rect>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 + series.Length * barWidth / 2}\" y=\"{top + plotHeight + 18}\" text-anchor=\"middle\" font-size=\"12\" {Font}>{points[i].Year}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(int width, int height, string title) =>
        new StringBuilder(4096)
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gk-chart\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{E(title)}\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{E(title)}</title><text x=\"4\" y=\"16\" font-size=\"14\" font-weight=\"bold\" {Font}>{E(title)}</text>");

    private static string Number(decimal? value) => value is { } v ? ReportChecker.Format(v) : "—";

    private static string E(string text) => HtmlText.Encode(text);
}
