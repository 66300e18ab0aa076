using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Application.Documents.Xlsx;

/// <summary>
/// A list as a one-sheet workbook: a title in row 1, column headers in row 3, one row per item from row 4,
/// numbers as numbers (so the sheet can be sorted and summed), a frozen header and an autofilter.
/// </summary>
public static class XlsxList
{
    public const int HeaderRow = 3;

    /// <param name="rows">Each value a string, a whole or decimal number, or null (an empty cell).</param>
    public static byte[] Write(string title, string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var strings = new XlsxStringTable();
        var data = new SheetData(
            new Row(strings.Cell("A1", title, XlsxStyles.Title)) { RowIndex = 1, Height = 24, CustomHeight = true },
            new Row(headers.Select((h, c) => strings.Cell(Reference(HeaderRow, c), h, XlsxStyles.Header))) { RowIndex = HeaderRow });
        var widths = headers.Select(h => Width(h)).ToArray();
        var r = HeaderRow;
        foreach (var values in rows)
        {
            r++;
            var row = new Row { RowIndex = (uint)r };
            for (var c = 0; c < headers.Count; c++)
            {
                var value = c < values.Count ? values[c] : null;
                row.Append(Cell(strings, Reference(r, c), value));
                widths[c] = Math.Max(widths[c], Width(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
            }

            data.Append(row);
        }

        var last = Reference(r, headers.Count - 1);
        using var stream = new MemoryStream();
        using (var excel = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = excel.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Build();
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(
                new SheetDimension { Reference = $"A1:{last}" },
                new SheetViews(new SheetView(new Pane { VerticalSplit = HeaderRow, TopLeftCell = $"A{HeaderRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
                new SheetFormatProperties { DefaultRowHeight = 14.25 },
                new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Math.Clamp(w + 2, 6, 60), CustomWidth = true })),
                data,
                new AutoFilter { Reference = $"{Reference(HeaderRow, 0)}:{last}" });
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = sheetName }));
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();
            excel.PackageProperties.Title = title;
            excel.PackageProperties.Language = "zh-CN";
        }

        return stream.ToArray();
    }

    private static Cell Cell(XlsxStringTable strings, string reference, object? value) => value switch
    {
        null => new Cell { CellReference = reference, StyleIndex = XlsxStyles.Label },
        string text => strings.Cell(reference, text, XlsxStyles.Label),
        int number => new Cell { CellReference = reference, StyleIndex = XlsxStyles.Figure, CellValue = new CellValue(number) },
        decimal number => new Cell { CellReference = reference, StyleIndex = XlsxStyles.Figure, CellValue = new CellValue(number) },
        double number => new Cell { CellReference = reference, StyleIndex = XlsxStyles.Figure, CellValue = new CellValue(number) },
        _ => strings.Cell(reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", XlsxStyles.Label),
    };

    private static string Reference(int row, int column) => $"{XlsxStringTable.ColumnName(column)}{row}";

    /// <summary>Width in Excel's character units: a CJK character is two.</summary>
    private static int Width(string text) => text.Sum(ch => ch >= '\u2E80' ? 2 : 1);
}
