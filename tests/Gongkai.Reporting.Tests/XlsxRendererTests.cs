using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Application.AnnualReports.Export.Xlsx;

namespace Gongkai.Reporting.Tests;

public sealed class XlsxRendererTests
{
    public static TheoryData<string> Reports => TestReports.Keys;

    private static readonly string[] SheetNames = ["二、主动公开", "三、申请办理", "四、复议诉讼"];

    /// <summary>A worksheet read back: cells by reference, with shared strings resolved.</summary>
    private sealed class Sheet(WorkbookPart workbook, WorksheetPart part)
    {
        private readonly List<string> _strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];

        public Dictionary<string, Cell> Cells { get; } = part.Worksheet!.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);

        public IReadOnlyList<string> Merges { get; } = part.Worksheet!.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();

        public string Text(string reference)
        {
            var cell = Cells[reference];
            return cell.DataType?.Value == CellValues.SharedString
                ? _strings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                : cell.InnerText;
        }
    }

    private static (ReportDocument Document, SpreadsheetDocument Excel) Open(string key)
    {
        var document = TestReports.Build(key);
        return (document, SpreadsheetDocument.Open(new MemoryStream(XlsxReportRenderer.Render(document)), false));
    }

    private static Sheet SheetNamed(SpreadsheetDocument excel, string name)
    {
        var workbook = excel.WorkbookPart!;
        var sheet = workbook.Workbook!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == name);
        return new Sheet(workbook, (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!));
    }

    private static string Ref(int row, int column) => $"{(char)('A' + column)}{row + 4}";

    [Theory]
    [MemberData(nameof(Reports))]
    public void ThreeSheetsCarryTitleHeadingAndTheTableFromRowFour(string key)
    {
        var (document, excel) = Open(key);
        using var _ = excel;
        var names = excel.WorkbookPart!.Workbook!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal(SheetNames, names);
        Assert.All(names, n => Assert.True(n.Length <= 31 && n.IndexOfAny(['\\', '/', '?', '*', '[', ']', ':']) < 0));
        for (var t = 0; t < 3; t++)
        {
            var sheet = SheetNamed(excel, SheetNames[t]);
            Assert.Equal(document.Title, sheet.Text("A1"));
            Assert.Equal(document.Tables[t].SectionHeading, sheet.Text("A2"));
            Assert.DoesNotContain(sheet.Cells.Keys, r => r.EndsWith('3') && r.Length == 2);
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void FiguresAreNumbersAndLabelsAreTextAtThePlacedCells(string key)
    {
        var (document, excel) = Open(key);
        using var _ = excel;
        for (var t = 0; t < 3; t++)
        {
            var sheet = SheetNamed(excel, SheetNames[t]);
            foreach (var p in document.Tables[t].Place())
            {
                var reference = Ref(p.Row, p.Column);
                var cell = sheet.Cells[reference];
                if (p.Cell.Value is not { } figure)
                {
                    Assert.Equal(CellValues.SharedString, cell.DataType?.Value);
                    Assert.Equal(p.Cell.Text, sheet.Text(reference));
                }
                else if (document.CellNumber(figure) is { } number)
                {
                    Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{reference} is {cell.DataType?.Value}");
                    Assert.Equal(number, decimal.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture));
                }
                else
                {
                    Assert.Equal(document.CellText(figure), cell.CellValue is null ? "" : sheet.Text(reference));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void MergesAreExactlyTheLayoutSpans(string key)
    {
        var (document, excel) = Open(key);
        using var _ = excel;
        for (var t = 0; t < 3; t++)
        {
            var expected = document.Tables[t].Place().Where(p => p.Cell.RowSpan > 1 || p.Cell.ColSpan > 1)
                .Select(p => $"{Ref(p.Row, p.Column)}:{Ref(p.Row + p.Cell.RowSpan - 1, p.Column + p.Cell.ColSpan - 1)}");
            Assert.Equal(expected.Order(), SheetNamed(excel, SheetNames[t]).Merges.Order());
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void TheWorkbookIsValidOpenXml(string key)
    {
        var (_, excel) = Open(key);
        using var __ = excel;
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(excel).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void TableCellsAreBorderedHeadersBoldAndTheStylesheetHasTheDefaultFills()
    {
        var (_, excel) = Open("zero-2021");
        using var __ = excel;
        var stylesheet = excel.WorkbookPart!.WorkbookStylesPart!.Stylesheet!;
        var fills = stylesheet.Fills!.Elements<Fill>().Select(f => f.PatternFill!.PatternType!.Value).ToList();
        Assert.Equal([PatternValues.None, PatternValues.Gray125], fills.Take(2));
        var formats = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = stylesheet.Fonts!.Elements<Font>().ToList();
        var borders = stylesheet.Borders!.Elements<Border>().ToList();
        var sheet = SheetNamed(excel, "三、申请办理");
        foreach (var (reference, bold) in new[] { ("A4", true), ("D4", true), ("A7", false), ("D7", false), ("J31", false), ("B5", true) })
        {
            var format = formats[(int)sheet.Cells[reference].StyleIndex!.Value];
            Assert.Equal(bold, fonts[(int)format.FontId!.Value].Bold is not null);
            Assert.Equal(BorderStyleValues.Thin, borders[(int)format.BorderId!.Value].LeftBorder!.Style!.Value);
            Assert.True(format.Alignment!.WrapText!.Value);
        }
    }

    [Fact]
    public void TheDemoWorkbookHoldsTheReportedFigures()
    {
        var (_, excel) = Open(TestReports.Demo);
        using var __ = excel;
        var sheet = SheetNamed(excel, "二、主动公开");
        var row = sheet.Cells.Values.Single(c => c.DataType?.Value == CellValues.SharedString && sheet.Text(c.CellReference!.Value!) == "行政处罚").CellReference!.Value![1..];
        Assert.Equal("472", sheet.Cells["B" + row].CellValue!.Text);
        Assert.Null(sheet.Cells["B" + row].DataType);
        Assert.Equal("5", sheet.Cells["D" + row].CellValue!.Text);
        var procurement = sheet.Cells.Values.Single(c => c.DataType?.Value == CellValues.SharedString && sheet.Text(c.CellReference!.Value!) == "343.98万元");
        Assert.StartsWith("C", procurement.CellReference!.Value, StringComparison.Ordinal);
        File.WriteAllBytes(Path.Combine(TestReports.ArtifactsDirectory(), "demo-report.xlsx"), XlsxReportRenderer.Render(TestReports.Build(TestReports.Demo)));
    }
}
