using System.Text;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Layout;

namespace Gongkai.Application.AnnualReports.Export.Html;

/// <summary>
/// The report as an office publishes it on its 政府信息公开 column: the six sections in order and the
/// three tables in the official layout (the same merged cells as the template). The body fragment is
/// what the platform's own report page shows, so the page and the export cannot drift apart.
/// </summary>
public static class HtmlReportRenderer
{
    public static string RenderDocument(ReportDocument document)
    {
        var html = new StringBuilder(32 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(document.Title)).Append("</title>\n<style>\n").Append(Stylesheet).Append("</style>\n</head>\n<body>\n");
        RenderBody(document, html);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    public static string RenderBody(ReportDocument document)
    {
        var html = new StringBuilder(24 * 1024);
        RenderBody(document, html);
        return html.ToString();
    }

    /// <summary>The tables' CSS; the site's stylesheet includes the same rules.</summary>
    public const string Stylesheet = """
        body { font-family: "FangSong", "STFangsong", "Noto Serif CJK SC", "Noto Serif SC", serif; max-width: 60em; margin: 2em auto; padding: 0 1em; line-height: 1.8; }
        .gk-report h1 { font-family: "FZXiaoBiaoSong-B05S", "STZhongsong", "SimSun", "Noto Serif CJK SC", serif; text-align: center; font-size: 1.6em; font-weight: normal; }
        .gk-report h2 { font-family: "SimHei", "STHeiti", "Noto Sans CJK SC", sans-serif; font-size: 1.15em; }
        .gk-report h3 { font-family: "KaiTi", "STKaiti", "Noto Serif CJK SC", serif; font-size: 1.05em; }
        .gk-report p { text-indent: 2em; margin: 0.3em 0; }
        .gk-table { border-collapse: collapse; width: 100%; margin: 0.8em 0; font-size: 0.85em; line-height: 1.4; }
        .gk-table th, .gk-table td { border: 1px solid #000; padding: 0.25em 0.4em; text-align: center; vertical-align: middle; }
        .gk-table td.gk-label { text-align: left; }
        .gk-table td.gk-value { font-variant-numeric: tabular-nums; }

        """;

    private static void RenderBody(ReportDocument document, StringBuilder html)
    {
        html.Append("<article class=\"gk-report\">\n<h1>").Append(E(document.Title)).Append("</h1>\n");
        Paragraphs(html, document.Narrative.Preamble);
        var sections = document.Sections;
        html.Append("<h2>").Append(E(sections[0].Heading)).Append("</h2>\n");
        foreach (var (heading, text) in document.Narrative.OverviewParts)
        {
            html.Append("<h3>").Append(E(heading)).Append("</h3>\n");
            Paragraphs(html, text);
        }

        foreach (var table in document.Tables)
        {
            html.Append("<h2>").Append(E(table.SectionHeading)).Append("</h2>\n");
            RenderTable(html, table, cell => E(document.CellText(cell)));
        }

        html.Append("<h2>").Append(E(sections[4].Heading)).Append("</h2>\n");
        Paragraphs(html, document.Narrative.Problems);
        html.Append("<h2>").Append(E(sections[5].Heading)).Append("</h2>\n");
        Paragraphs(html, document.Narrative.OtherMatters);
        html.Append("</article>\n");
    }

    /// <summary>
    /// Writes one official table; <paramref name="figure"/> gives each figure cell's inner HTML, so the
    /// workbench can put inputs where the export puts numbers.
    /// </summary>
    public static void RenderTable(StringBuilder html, ReportTable table, Func<CellDef, string> figure, Func<CellDef, string>? cellAttributes = null)
    {
        html.Append("<table class=\"gk-table gk-").Append(table.Key).Append("\">\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                var tag = cell.Role == GridCellRole.Header ? "th" : "td";
                html.Append('<').Append(tag);
                if (cell.RowSpan > 1)
                {
                    html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                }

                if (cell.ColSpan > 1)
                {
                    html.Append(" colspan=\"").Append(cell.ColSpan).Append('"');
                }

                if (cell.Value is { } value)
                {
                    html.Append(" class=\"gk-value\" data-path=\"").Append(value.Path).Append('"');
                    html.Append(cellAttributes?.Invoke(value) ?? "");
                    html.Append('>').Append(figure(value));
                }
                else
                {
                    html.Append(cell.Role == GridCellRole.Label ? " class=\"gk-label\">" : ">").Append(E(cell.Text!));
                }

                html.Append("</").Append(tag).Append('>');
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Paragraphs(StringBuilder html, string text)
    {
        foreach (var paragraph in ReportNarrative.Paragraphs(text))
        {
            html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
        }
    }

    private static string E(string text) => HtmlText.Encode(text);
}
