using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Application.Documents.Xlsx;
using Gongkai.Domain.AnnualReports.Layout;

namespace Gongkai.Application.AnnualReports.Export.Xlsx;

/// <summary>
/// The three official tables as a workbook, one worksheet each, laid out and merged as the template
/// prints them, with the figures as numbers. Written with the Open XML SDK alone (ClosedXML fails
/// alongside OpenXml 3.x; stack.md gotcha 5).
/// </summary>
public static class XlsxReportRenderer
{
    public static byte[] Render(ReportDocument document)
    {
        using var stream = new MemoryStream();
        using (var excel = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = excel.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Build();
            var strings = new XlsxStringTable();
            var sheets = new Sheets();
            uint id = 1;
            foreach (var table in document.Tables)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = XlsxSheet.Build(document, table, strings);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = SheetName(table) });
            }

            workbook.Workbook.Append(new BookViews(new WorkbookView { ActiveTab = 0 }), sheets);
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();
            excel.PackageProperties.Title = document.Title;
            excel.PackageProperties.Language = "zh-CN";
        }

        return stream.ToArray();
    }

    /// <summary>The worksheet of each table: short, and free of the characters Excel forbids in sheet names.</summary>
    public static string SheetName(ReportTable table) => table.Key switch
    {
        "proactive" => "二、主动公开",
        "applications" => "三、申请办理",
        "appeals" => "四、复议诉讼",
        _ => table.Key,
    };
}
