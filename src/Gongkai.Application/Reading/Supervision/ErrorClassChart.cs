using System.Globalization;
using System.Net;
using System.Text;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Application.Reading.Supervision;

/// <summary>How many errors and warnings of one rule (C1…C12) the dashboard's reports have.</summary>
public sealed record ErrorClass(string Rule, int Errors, int Warnings, int Reports);

/// <summary>
/// The chart of error classes: one horizontal bar per rule, errors and warnings stacked, drawn on the
/// server (no script needed, it prints). 340 px wide so it fits a 375 px phone without scaling; the
/// svg is an image with a title and a description listing every figure, and each bar names its figure.
/// </summary>
public static class ErrorClassChart
{
    private const string Font = "font-family=\"Noto Sans CJK SC, Microsoft YaHei, sans-serif\"";
    private const string ErrorColour = "#b3261e";
    private const string WarningColour = "#d08a1c";

    /// <summary>The report's own rules (C*) breached, with errors or warnings, in the order of docs/checks.md.</summary>
    public static IReadOnlyList<ErrorClass> Classes(IEnumerable<SupervisionRow> rows) =>
        rows.SelectMany(r => r.Findings.Where(f => f.Severity != FindingSeverity.Info && f.Rule.StartsWith('C')).Select(f => (Row: r, Finding: f)))
            .GroupBy(x => x.Finding.Rule)
            .Select(g => new ErrorClass(g.Key, g.Count(x => x.Finding.Severity == FindingSeverity.Error), g.Count(x => x.Finding.Severity == FindingSeverity.Warning), g.Select(x => x.Row).Distinct().Count()))
            .OrderBy(c => int.TryParse(c.Rule.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
            .ThenBy(c => c.Rule, StringComparer.Ordinal)
            .ToList();

    public static string Render(IReadOnlyList<ErrorClass> classes, string title)
    {
        const int width = 340, labelWidth = 44, barArea = 230, rowHeight = 24, top = 52;
        var height = top + Math.Max(1, classes.Count) * rowHeight + 8;
        var max = classes.Select(c => c.Errors + c.Warnings).DefaultIfEmpty(0).Max();
        var description = classes.Count == 0
            ? "没有发现错误或警告"
            : string.Join("；", classes.Select(c => $"{c.Rule}：错误 {c.Errors} 处，警告 {c.Warnings} 处，涉及 {c.Reports} 份报告"));
        var svg = new StringBuilder(4096)
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gk-chart\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"errclass-title errclass-desc\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"errclass-title\">{E(title)}</title><desc id=\"errclass-desc\">{E(description)}</desc>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"16\" font-size=\"14\" font-weight=\"bold\" {Font}>{E(title)}</text>")
            .Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"26\" width=\"10\" height=\"10\" fill=\"{ErrorColour}\"/><text x=\"{labelWidth + 14}\" y=\"35\" font-size=\"12\" {Font}>错误</text>")
            .Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth + 60}\" y=\"26\" width=\"10\" height=\"10\" fill=\"{WarningColour}\" stroke=\"#333\" stroke-dasharray=\"2 1\"/><text x=\"{labelWidth + 74}\" y=\"35\" font-size=\"12\" {Font}>警告</text>");
        if (classes.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth}\" y=\"{top + 16}\" font-size=\"13\" fill=\"#333\" {Font}>没有发现错误或警告</text>");
        }

        for (var i = 0; i < classes.Count; i++)
        {
            var c = classes[i];
            var y = top + i * rowHeight;
            var errors = Scale(c.Errors, max, barArea);
            var warnings = Scale(c.Warnings, max, barArea);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"13\" {Font}>{E(c.Rule)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{errors:0.#}\" height=\"16\" fill=\"{ErrorColour}\"><title>{E(c.Rule)} 错误 {c.Errors} 处</title></rect>");
            // Warnings are also dashed, so the two stay apart without colour.
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth + errors:0.#}\" y=\"{y + 3}\" width=\"{warnings:0.#}\" height=\"16\" fill=\"{WarningColour}\" stroke=\"#333\" stroke-dasharray=\"2 1\"><title>{E(c.Rule)} 警告 {c.Warnings} 处</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Math.Min(labelWidth + errors + warnings + 4, width - 40):0.#}\" y=\"{y + 15}\" font-size=\"12\" {Font}>{c.Errors}/{c.Warnings}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static double Scale(int value, int max, int area) => max == 0 ? 0 : (double)value / max * (area - 40);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
