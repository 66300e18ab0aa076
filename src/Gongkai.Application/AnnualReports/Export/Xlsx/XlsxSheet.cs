using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Application.Documents.Xlsx;
using Gongkai.Domain.AnnualReports.Layout;

namespace Gongkai.Application.AnnualReports.Export.Xlsx;

/// <summary>
/// One official table on its own worksheet: the report title in row 1, the section heading in row 2,
/// and from row 4 the table at the positions <see cref="ReportTable.Place"/> gives, with a merge for
/// every span. Figures are numbers, so the sheet can be summed and checked.
/// </summary>
internal static class XlsxSheet
{
    /// <summary>The sheet row of the table's first row (1-based).</summary>
    public const int FirstTableRow = 4;

    private const double MinColumnWidth = 8;
    private const double MaxColumnWidth = 30;

    public static Worksheet Build(ReportDocument document, ReportTable table, XlsxStringTable strings)
    {
        var placed = table.Place();
        var widths = ColumnWidths(document, table, placed);
        var data = new SheetData(
            new Row(strings.Cell("A1", document.Title, XlsxStyles.Title)) { RowIndex = 1, Height = 24, CustomHeight = true },
            new Row(strings.Cell("A2", table.SectionHeading, XlsxStyles.Heading)) { RowIndex = 2, Height = 20, CustomHeight = true });

        var starts = placed.ToDictionary(p => (p.Row, p.Column));
        var covering = new Dictionary<(int Row, int Column), PlacedCell>();
        foreach (var p in placed)
        {
            for (var dr = 0; dr < p.Cell.RowSpan; dr++)
            {
                for (var dc = 0; dc < p.Cell.ColSpan; dc++)
                {
                    covering.Add((p.Row + dr, p.Column + dc), p);
                }
            }
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var lines = placed.Where(p => p.Row == r && p.Cell.RowSpan == 1)
                .Select(p => Lines(Text(document, p.Cell), widths.Skip(p.Column).Take(p.Cell.ColSpan).Sum()))
                .DefaultIfEmpty(1).Max();
            var row = new Row { RowIndex = (uint)(FirstTableRow + r), Height = 14.0 * lines + 4, CustomHeight = true };
            for (var c = 0; c < table.ColumnCount; c++)
            {
                var reference = Reference(r, c);
                row.Append(starts.TryGetValue((r, c), out var start)
                    ? Cell(document, start.Cell, reference, strings)
                    : new Cell { CellReference = reference, StyleIndex = Style(covering[(r, c)].Cell) });
            }

            data.Append(row);
        }

        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetDimension { Reference = $"A1:{Reference(table.Rows.Count - 1, table.ColumnCount - 1)}" },
            new SheetViews(new SheetView { WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = 14.25 },
            new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })),
            data);
        var merges = placed.Where(p => p.Cell.RowSpan > 1 || p.Cell.ColSpan > 1)
            .Select(p => new MergeCell { Reference = $"{Reference(p.Row, p.Column)}:{Reference(p.Row + p.Cell.RowSpan - 1, p.Column + p.Cell.ColSpan - 1)}" })
            .ToList();
        if (merges.Count > 0)
        {
            worksheet.Append(new MergeCells(merges) { Count = (uint)merges.Count });
        }

        worksheet.Append(
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
            new PageSetup
            {
                PaperSize = 9,
                Orientation = table.ColumnCount > 10 ? OrientationValues.Landscape : OrientationValues.Portrait,
                FitToWidth = 1,
                FitToHeight = 0,
            });
        return worksheet;
    }

    /// <summary>"B5" for the table's row 1, column 1 (both 0-based).</summary>
    public static string Reference(int row, int column) => $"{XlsxStringTable.ColumnName(column)}{FirstTableRow + row}";

    private static Cell Cell(ReportDocument document, GridCell cell, string reference, XlsxStringTable strings)
    {
        if (cell.Value is not { } figure)
        {
            return strings.Cell(reference, cell.Text ?? "", Style(cell));
        }

        if (document.CellNumber(figure) is { } number)
        {
            return new Cell { CellReference = reference, StyleIndex = XlsxStyles.Figure, CellValue = new CellValue(number) };
        }

        // 采购总金额 is printed as entered ("343.98万元"); a blank figure stays an empty cell.
        var text = document.CellText(figure);
        return text.Length > 0
            ? strings.Cell(reference, text, XlsxStyles.Figure)
            : new Cell { CellReference = reference, StyleIndex = XlsxStyles.Figure };
    }

    private static uint Style(GridCell cell) => cell.Role switch
    {
        GridCellRole.Header => XlsxStyles.Header,
        GridCellRole.Label => XlsxStyles.Label,
        _ => XlsxStyles.Figure,
    };

    private static string Text(ReportDocument document, GridCell cell) =>
        cell.Value is { } figure ? document.CellText(figure) : cell.Text ?? "";

    /// <summary>
    /// Each column as wide as its longest one-cell text, within limits; cells spanning several rows or
    /// columns wrap within their merge instead (三、本年度办理结果 runs down a narrow column, as printed).
    /// </summary>
    private static double[] ColumnWidths(ReportDocument document, ReportTable table, IReadOnlyList<PlacedCell> placed) =>
        [.. Enumerable.Range(0, table.ColumnCount).Select(c => Math.Clamp(
            placed.Where(p => p.Column == c && p.Cell.RowSpan == 1 && p.Cell.ColSpan == 1)
                .Select(p => DisplayWidth(Text(document, p.Cell)) + 2.0)
                .DefaultIfEmpty(MinColumnWidth).Max(),
            MinColumnWidth,
            MaxColumnWidth))];

    /// <summary>Width in Excel's character units: a CJK character is two.</summary>
    private static int DisplayWidth(string text) => text.Sum(ch => ch >= '\u2E80' ? 2 : 1);

    private static int Lines(string text, double width) =>
        Math.Max(1, (int)Math.Ceiling(DisplayWidth(text) / Math.Max(1, width - 1.5)));
}
