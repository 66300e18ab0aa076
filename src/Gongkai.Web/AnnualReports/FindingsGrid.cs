using System.Text;
using System.Text.Encodings.Web;
using Gongkai.Application.AnnualReports.Export.Html;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Layout;
using Microsoft.AspNetCore.Html;

namespace Gongkai.Web.AnnualReports;

/// <summary>
/// The three tables of a report as the official layout draws them (the export's own table code), with
/// each finding written at the cell it concerns. In the workbench every figure cell holds an input and
/// the template's sums are computed beside the cells that are sums; in the audit view cells show the
/// figure read, "？" where the reader was not sure.
/// </summary>
public sealed class FindingsGrid(
    ReportFigures figures,
    IReadOnlyList<Finding> findings,
    bool inputs = false,
    bool editable = false,
    IReadOnlyDictionary<string, string>? typed = null,
    IReadOnlyDictionary<string, decimal?>? computed = null,
    IReadOnlyDictionary<string, string>? errors = null)
{
    /// <summary>Every figure input is named <c>cell:{path}</c>; the workbench's form reads them back by that name.</summary>
    public const string CellPrefix = "cell:";

    private readonly IReadOnlyDictionary<string, string> _errors = errors ?? new Dictionary<string, string>();

    // One builder for every cell of the grid: the cells are written one after another.
    private readonly StringBuilder _cell = new(512);

    /// <summary>
    /// The table as HTML, handed to the view in the builder's own chunks: table 三 alone is larger than
    /// 85,000 bytes as one string, which would put a large-object allocation (and soon a gen-2
    /// collection) on every request for the page.
    /// </summary>
    public IHtmlContent RenderTable(ReportTable table)
    {
        var html = new StringBuilder(16 * 1024);
        HtmlReportRenderer.RenderTable(html, table, Cell, State);
        return new ChunkedHtml(html);
    }

    private string Cell(CellDef cell) => inputs ? Input(cell) : Text(cell);

    private string Text(CellDef cell)
    {
        var text = Display(cell);
        var unsure = text.Length == 0 && findings.Any(f => f.Where == cell.Path);
        return $"{E(unsure ? "？" : text)}<span class=\"gk-msg\">{E(Messages(cell.Path))}</span>";
    }

    private string Input(CellDef cell)
    {
        var value = typed?.GetValueOrDefault(cell.Path) ?? Display(cell);
        var html = _cell.Clear();
        html.Append("<input class=\"gk-input\" name=\"").Append(CellPrefix).Append(cell.Path)
            .Append("\" value=\"").Append(E(value)).Append("\" aria-label=\"").Append(E(cell.Label)).Append('"')
            .Append(cell.Kind == CellKind.AmountText ? " inputmode=\"text\"" : " inputmode=\"decimal\"")
            .Append(" autocomplete=\"off\"").Append(editable ? "" : " readonly").Append('>');
        if (computed is not null && computed.TryGetValue(cell.Path, out var sum))
        {
            var differs = sum is { } s && figures[cell] is { } v && s != v;
            html.Append("<span class=\"gk-computed\" data-computed-for=\"").Append(cell.Path).Append("\" data-differs=\"")
                .Append(differs ? "true" : "false").Append("\" title=\"按模板勾稽关系计算\">计算 ")
                .Append(sum is { } t ? ReportChecker.Format(t) : "—").Append("</span>");
        }

        html.Append("<span class=\"gk-msg\" data-msg-for=\"").Append(cell.Path).Append("\">").Append(E(Messages(cell.Path))).Append("</span>");
        return html.ToString();
    }

    private string State(CellDef cell)
    {
        if (_errors.ContainsKey(cell.Path) || findings.Any(f => f.Where == cell.Path && f.Severity == FindingSeverity.Error))
        {
            return " data-state=\"error\"";
        }

        return findings.Any(f => f.Where == cell.Path && f.Severity == FindingSeverity.Warning) ? " data-state=\"warning\"" : "";
    }

    private string Messages(string path)
    {
        var error = _errors.GetValueOrDefault(path);
        var rest = findings.Where(f => f.Where == path && f.Message != error).Select(f => $"{f.Rule} {f.Message}");
        return string.Join("；", error is null ? rest : rest.Prepend(error));
    }

    private string Display(CellDef cell) => figures.DisplayText(cell);

    private static string E(string text) => HtmlText.Encode(text);

    /// <summary>Already-encoded HTML held in a <see cref="StringBuilder"/>, written out chunk by chunk.</summary>
    private sealed class ChunkedHtml(StringBuilder html) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            foreach (var chunk in html.GetChunks())
            {
                writer.Write(chunk.Span);
            }
        }
    }
}
