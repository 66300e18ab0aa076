using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Domain.Catalog;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Application.Catalog.Review;

/// <summary>
/// The scan before 保密审查: what a file hides from its reader (hidden sheets, rows and columns, comments,
/// links to other workbooks, tracked changes, author and company) and the personal numbers in any text
/// (<see cref="TextLeakScanner"/>). A file that cannot be opened as what its name says is itself a finding
/// for the reviewer, never an error.
/// </summary>
public static class LeakScanner
{
    public static List<LeakFinding> ScanText(string text, string location) =>
        TextLeakScanner.Scan(text).Select(l => LeakFinding.Create(l.Kind, location, l.Masked)).ToList();

    public static List<LeakFinding> ScanFile(string fileName, byte[] content)
    {
        var findings = new List<LeakFinding>();
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        try
        {
            var text = extension switch
            {
                ".xlsx" => ScanWorkbook(fileName, content, findings),
                ".docx" => ScanDocument(fileName, content, findings),
                ".pdf" => PdfText(content),
                ".txt" or ".csv" => Encoding.UTF8.GetString(content),
                _ => "",
            };
            findings.AddRange(ScanText(text, $"附件“{fileName}”"));
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FormatException or System.Xml.XmlException or UglyToad.PdfPig.Core.PdfDocumentFormatException or InvalidOperationException)
        {
            findings.Add(LeakFinding.Create(LeakKind.AuthorMetadata, $"附件“{fileName}”", "文件无法打开检查，请人工审查其全部内容"));
        }

        return findings;
    }

    private static string ScanWorkbook(string fileName, byte[] content, List<LeakFinding> findings)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var excel = SpreadsheetDocument.Open(stream, false);
        var workbook = excel.WorkbookPart ?? throw new InvalidDataException("no workbook");
        var text = new StringBuilder();
        foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            var where = $"附件“{fileName}” 工作表“{sheet.Name}”";
            if (sheet.State is { } state && state.Value != SheetStateValues.Visible)
            {
                findings.Add(LeakFinding.Create(LeakKind.HiddenSheet, where, state.Value == SheetStateValues.VeryHidden ? "深度隐藏的工作表" : "隐藏的工作表"));
            }

            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            var hiddenRows = part.Worksheet.Descendants<Row>().Where(r => r.Hidden?.Value == true).Select(r => r.RowIndex?.Value ?? 0).ToList();
            if (hiddenRows.Count > 0)
            {
                findings.Add(LeakFinding.Create(LeakKind.HiddenRow, where, $"{hiddenRows.Count} 行隐藏：第 {string.Join("、", hiddenRows.Take(10))} 行"));
            }

            var hiddenColumns = part.Worksheet.Descendants<Column>().Where(c => c.Hidden?.Value == true).ToList();
            if (hiddenColumns.Count > 0)
            {
                findings.Add(LeakFinding.Create(LeakKind.HiddenColumn, where, $"隐藏列：第 {string.Join("、", hiddenColumns.Take(10).Select(c => c.Min == c.Max ? $"{c.Min?.Value}" : $"{c.Min?.Value}–{c.Max?.Value}"))} 列"));
            }

            var comments = part.WorksheetCommentsPart?.Comments?.CommentList?.Elements<Comment>().ToList() ?? [];
            if (comments.Count > 0)
            {
                findings.Add(LeakFinding.Create(LeakKind.SpreadsheetComment, where, $"{comments.Count} 条批注：{Excerpt(comments[0].InnerText)}"));
            }

            text.AppendLine(SheetText(workbook, part));
        }

        foreach (var link in workbook.ExternalWorkbookParts)
        {
            var target = link.ExternalRelationships.FirstOrDefault()?.Uri.ToString() ?? "外部工作簿";
            findings.Add(LeakFinding.Create(LeakKind.ExternalLink, $"附件“{fileName}”", $"链接到 {Excerpt(target)}"));
        }

        AddAuthors(excel, fileName, excel.ExtendedFilePropertiesPart?.Properties?.Company?.Text, findings);
        return text.ToString();
    }

    private static string ScanDocument(string fileName, byte[] content, List<LeakFinding> findings)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var word = WordprocessingDocument.Open(stream, false);
        var main = word.MainDocumentPart ?? throw new InvalidDataException("no document");
        var where = $"附件“{fileName}”";
        var comments = main.WordprocessingCommentsPart?.Comments?.Elements<W.Comment>().ToList() ?? [];
        if (comments.Count > 0)
        {
            findings.Add(LeakFinding.Create(LeakKind.DocumentComment, where, $"{comments.Count} 条批注（{comments[0].Author?.Value}）：{Excerpt(comments[0].InnerText)}"));
        }

        var body = main.Document?.Body;
        var changes = body is null ? [] : body.Descendants().Where(e => e is W.InsertedRun or W.DeletedRun or W.Inserted or W.Deleted or W.MoveFrom or W.MoveTo
            or W.MoveFromRun or W.MoveToRun or W.RunPropertiesChange or W.ParagraphPropertiesChange).ToList();
        if (changes.Count > 0)
        {
            var deleted = string.Concat(body!.Descendants<W.DeletedText>().Select(t => t.Text));
            findings.Add(LeakFinding.Create(LeakKind.TrackedChange, where, $"{changes.Count} 处修订痕迹" + (deleted.Length > 0 ? $"，删除的文字仍在文件中：{Excerpt(deleted)}" : "")));
        }

        AddAuthors(word, fileName, word.ExtendedFilePropertiesPart?.Properties?.Company?.Text, findings);
        var text = new StringBuilder();
        foreach (var paragraph in body?.Descendants<W.Paragraph>() ?? [])
        {
            text.AppendLine(string.Concat(paragraph.Descendants().Select(e => e switch { W.Text t => t.Text, W.DeletedText d => d.Text, _ => "" })));
        }

        text.AppendLine(string.Join('\n', comments.Select(c => c.InnerText)));
        return text.ToString();
    }

    private static void AddAuthors(OpenXmlPackage package, string fileName, string? company, List<LeakFinding> findings)
    {
        var properties = package.PackageProperties;
        var names = new[] { ("作者", properties.Creator), ("最后修改者", properties.LastModifiedBy), ("单位", company) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}：{p.Item2!.Trim()}").ToList();
        if (names.Count > 0)
        {
            findings.Add(LeakFinding.Create(LeakKind.AuthorMetadata, $"附件“{fileName}” 文件属性", string.Join("；", names)));
        }
    }

    private static string SheetText(WorkbookPart workbook, WorksheetPart part)
    {
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var text = new StringBuilder();
        foreach (var cell in part.Worksheet.Descendants<Cell>())
        {
            var value = cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var index) && index < shared.Count
                ? shared[index]
                : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText : cell.CellValue?.Text;
            text.Append(value).Append(' ');
        }

        return text.ToString();
    }

    private static string PdfText(byte[] content)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(content);
        return string.Join('\n', pdf.GetPages().Select(p => p.Text));
    }

    private static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return flat.Length <= 60 ? flat : flat[..60] + "…";
    }
}
