using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Layout;

namespace Gongkai.Application.AnnualReports.Export.Docx;

/// <summary>
/// Writes one official table as a Word table with the template's merged cells: a column span is a
/// w:gridSpan, a row span a w:vMerge that restarts in the cell's first row and continues, with the
/// same grid span, in every row it covers. Positions come from <see cref="ReportTable.Place"/>.
/// </summary>
internal static class DocxTable
{
    /// <summary>0.6 cm: a one-line row with some air, as printed templates have.</summary>
    private const uint MinimumRowHeight = 340;

    public static Table Build(ReportTable table, Func<CellDef, string> figureText)
    {
        var look = DocxTableLook.For(table);
        var placed = table.Place();
        var starts = placed.ToDictionary(p => (p.Row, p.Column));
        var covered = new Dictionary<(int Row, int Column), PlacedCell>();
        foreach (var p in placed)
        {
            for (var dr = 1; dr < p.Cell.RowSpan; dr++)
            {
                covered.Add((p.Row + dr, p.Column), p);
            }
        }

        var result = new Table(Properties(), Grid(look));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = new TableRow(RowProperties(header: r < look.RepeatedHeaderRows));
            for (var c = 0; c < table.ColumnCount;)
            {
                if (starts.TryGetValue((r, c), out var start))
                {
                    row.Append(Cell(start, look, figureText));
                    c += start.Cell.ColSpan;
                }
                else if (covered.TryGetValue((r, c), out var above))
                {
                    row.Append(Continuation(above, look));
                    c += above.Cell.ColSpan;
                }
                else
                {
                    throw new InvalidOperationException($"表格 {table.Key} 第 {r + 1} 行第 {c + 1} 列没有单元格");
                }
            }

            if (look.KeepGroupsTogether && r + 1 < table.Rows.Count && !IsCaption(table.Rows[r + 1], table.ColumnCount))
            {
                KeepWithNext(row);
            }

            result.Append(row);
        }

        return result;
    }

    /// <summary>A row that is one cell across the whole table: the caption of a group in table 二.</summary>
    private static bool IsCaption(IReadOnlyList<GridCell> row, int columns) =>
        row is [{ Role: GridCellRole.Header } only] && only.ColSpan == columns;

    /// <summary>Word keeps table rows together through keep-with-next on their paragraphs.</summary>
    private static void KeepWithNext(TableRow row)
    {
        foreach (var properties in row.Descendants<ParagraphProperties>())
        {
            properties.InsertAfter(new KeepNext(), properties.ParagraphStyleId);
        }
    }

    private static TableProperties Properties() => new(
        new TableWidth { Width = DocxTableLook.TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
        new TableJustification { Val = TableRowAlignmentValues.Center },
        new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" }),
        new TableLayout { Type = TableLayoutValues.Fixed },
        // Narrow side margins (1 mm) so five-digit figures fit the figure columns on one line.
        new TableCellMarginDefault(
            new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa }));

    private static TableGrid Grid(DocxTableLook look) =>
        new(look.Widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));

    private static TableRowProperties RowProperties(bool header)
    {
        var properties = new TableRowProperties(new CantSplit(), new TableRowHeight { Val = MinimumRowHeight, HeightType = HeightRuleValues.AtLeast });
        if (header)
        {
            properties.Append(new TableHeader());
        }

        return properties;
    }

    private static TableCell Cell(PlacedCell placed, DocxTableLook look, Func<CellDef, string> figureText)
    {
        var cell = placed.Cell;
        var text = cell.Value is { } value ? figureText(value) : cell.Text ?? "";
        var properties = CellProperties(placed.Column, cell.ColSpan, look);
        if (cell.RowSpan > 1)
        {
            properties.InsertAt(new VerticalMerge { Val = MergedCellValues.Restart }, cell.ColSpan > 1 ? 2 : 1);
        }

        var font = new DocxFont(DocxFont.Body, look.HalfPoints, Bold: cell.Role == GridCellRole.Header);
        var paragraph = CellParagraph(look, cell.Role == GridCellRole.Label ? JustificationValues.Left : JustificationValues.Center);
        if (text.Length > 0)
        {
            paragraph.Append(new Run(font.Run(), new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
        }

        return new TableCell(properties, paragraph);
    }

    /// <summary>The part of a row-spanning cell in a row below its first: no text, the same width and grid span.</summary>
    private static TableCell Continuation(PlacedCell above, DocxTableLook look)
    {
        var properties = CellProperties(above.Column, above.Cell.ColSpan, look);
        properties.InsertAt(new VerticalMerge(), above.Cell.ColSpan > 1 ? 2 : 1);
        return new TableCell(properties, CellParagraph(look, JustificationValues.Center));
    }

    private static TableCellProperties CellProperties(int column, int span, DocxTableLook look)
    {
        var properties = new TableCellProperties(new TableCellWidth
        {
            Width = look.Span(column, span).ToString(CultureInfo.InvariantCulture),
            Type = TableWidthUnitValues.Dxa,
        });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        return properties;
    }

    private static Paragraph CellParagraph(DocxTableLook look, JustificationValues alignment)
    {
        var size = look.HalfPoints.ToString(CultureInfo.InvariantCulture);
        return new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = DocxStyles.TableText },
            new Justification { Val = alignment },
            new ParagraphMarkRunProperties(new FontSize { Val = size }, new FontSizeComplexScript { Val = size })));
    }
}
