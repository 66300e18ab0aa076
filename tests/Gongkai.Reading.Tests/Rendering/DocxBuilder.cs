using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Domain.AnnualReports.Layout;

namespace Gongkai.Reading.Tests.Rendering;

/// <summary>
/// A plain Word document of a report, built here with OpenXml while the real DOCX renderer is written on
/// another branch: headings and paragraphs, and each official table from <see cref="ReportTable.Place"/>
/// with w:gridSpan for column spans and w:vMerge (restart/continue) for row spans.
/// </summary>
internal static class DocxBuilder
{
    public static byte[] Build(ReportDocument document) => Build(document, rules: true);

    /// <param name="rules">False for tables printed without any border (no table rules in a PDF of it).</param>
    public static byte[] Build(ReportDocument document, bool rules)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body();
            foreach (var block in ReportBlocks.Of(document))
            {
                switch (block)
                {
                    case Heading h:
                        body.Append(Para(h.Text, bold: true, size: h.Level == 1 ? 32 : 24));
                        break;
                    case Paragraph p:
                        body.Append(Para(p.Text, bold: false, size: 21));
                        break;
                    case TableBlock t:
                        body.Append(Table(document.Tables.First(x => x.Key == t.Key), document, rules));
                        body.Append(Para("", bold: false, size: 12));
                        break;
                }
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = 720, Bottom = 720, Left = 720, Right = 720, Header = 0, Footer = 0, Gutter = 0 }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Paragraph Para(string text, bool bold, int size)
    {
        var props = new RunProperties(new RunFonts { EastAsia = "Noto Sans CJK SC" }, new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) }, new Languages { EastAsia = "zh-CN" });
        if (bold)
        {
            props.Append(new Bold());
        }

        return new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new Run(props, new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static T Border<T>(bool drawn)
        where T : BorderType, new() => new() { Val = drawn ? BorderValues.Single : BorderValues.None, Size = drawn ? 4U : 0U };

    private static Table Table(ReportTable layout, ReportDocument document, bool rules)
    {
        var placed = layout.Place();
        var rows = layout.Rows.Count;
        var origin = placed.ToDictionary(p => (p.Row, p.Column));
        var covering = new Dictionary<(int, int), PlacedCell>();
        foreach (var p in placed)
        {
            for (var dr = 0; dr < p.Cell.RowSpan; dr++)
            {
                covering[(p.Row + dr, p.Column)] = p;
            }
        }

        var totalWidth = 15000;
        var widths = Enumerable.Range(0, layout.ColumnCount).Select(c => ColumnWidth(layout, c, totalWidth)).ToArray();
        var table = new Table(new TableProperties(
            new TableWidth { Width = totalWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(Border<TopBorder>(rules), Border<BottomBorder>(rules), Border<LeftBorder>(rules), Border<RightBorder>(rules),
                Border<InsideHorizontalBorder>(rules), Border<InsideVerticalBorder>(rules))),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        for (var r = 0; r < rows; r++)
        {
            var row = new TableRow();
            for (var c = 0; c < layout.ColumnCount;)
            {
                if (!covering.TryGetValue((r, c), out var cell))
                {
                    c++;
                    continue;
                }

                var span = cell.Cell.ColSpan;
                var props = new TableCellProperties(new TableCellWidth { Width = widths.Skip(c).Take(span).Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                if (span > 1)
                {
                    props.Append(new GridSpan { Val = span });
                }

                if (cell.Cell.RowSpan > 1)
                {
                    props.Append(new VerticalMerge { Val = origin.ContainsKey((r, c)) ? MergedCellValues.Restart : MergedCellValues.Continue });
                }

                var text = origin.ContainsKey((r, c)) ? CellText(cell.Cell, document) : "";
                row.Append(new TableCell(props, Para(text, bold: false, size: 14)));
                c += span;
            }

            table.Append(row);
        }

        return table;
    }

    private static string CellText(GridCell cell, ReportDocument document) => cell.Value is { } value ? document.CellText(value) : cell.Text!;

    /// <summary>Wide label columns (so long labels wrap little), narrow figure columns.</summary>
    private static int ColumnWidth(ReportTable layout, int column, int total) => layout.Key switch
    {
        "proactive" => column == 0 ? total * 2 / 5 : total / 5,
        "applications" => column switch { 0 => 1300, 1 => 1500, 2 => 4600, _ => (total - 7400) / 7 },
        _ => total / layout.ColumnCount,
    };
}
