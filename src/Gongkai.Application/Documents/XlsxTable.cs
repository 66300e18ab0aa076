using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Application.Documents;

/// <summary>
/// A plain table as a one-sheet workbook: a bold header row, then rows of text, with the header frozen and
/// an auto-filter, so a ledger or a list opens ready to sort and filter. Text only (inline strings): what
/// is exported is what was shown. Written with the Open XML SDK (ClosedXML fails beside OpenXml 3.x).
/// </summary>
public static class XlsxTable
{
    public static byte[] Write(string sheetName, string title, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var stream = new MemoryStream();
        using (var excel = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = excel.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData(Row(1, header, bold: true));
            var widths = header.Select(Width).ToArray();
            uint index = 2;
            foreach (var row in rows)
            {
                data.Append(Row(index++, row, bold: false));
                for (var c = 0; c < Math.Min(row.Count, widths.Length); c++)
                {
                    widths[c] = Math.Max(widths[c], Width(row[c]));
                }
            }

            var last = $"{Column(header.Count - 1)}{index - 1}";
            part.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", State = PaneStateValues.Frozen, ActivePane = PaneValues.BottomLeft }) { WorkbookViewId = 0 }),
                new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })),
                data,
                new AutoFilter { Reference = $"A1:{last}" });
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = sheetName }));
            excel.PackageProperties.Title = title;
            excel.PackageProperties.Language = "zh-CN";
        }

        return stream.ToArray();
    }

    private static Row Row(uint index, IReadOnlyList<string?> values, bool bold) =>
        new(values.Select((v, c) => new Cell
        {
            CellReference = $"{Column(c)}{index}",
            DataType = CellValues.InlineString,
            StyleIndex = bold ? 1u : 2u,
            InlineString = new InlineString(new Text(Clean(v)) { Space = SpaceProcessingModeValues.Preserve }),
        })) { RowIndex = index };

    /// <summary>Characters XML 1.0 cannot hold are dropped rather than making a file Excel refuses.</summary>
    private static string Clean(string? text) => new((text ?? "").Where(c => c is '\t' or '\n' or '\r' or >= ' ' and not ('\uFFFE' or '\uFFFF') && !char.IsSurrogate(c) || char.IsSurrogate(c)).ToArray());

    private static double Width(string? text) => Math.Clamp((text ?? "").Sum(c => c > 0x2E80 ? 2.1 : 1.1) + 2, 8, 60);

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" })),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Center } },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true }));
}
