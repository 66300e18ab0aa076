using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reading.Solving;

namespace Gongkai.Reading.Extraction;

/// <summary>
/// Word documents through OpenXml: paragraphs become lines; each table row becomes its cells on the grid
/// that w:gridSpan (columns) and w:vMerge (rows) make, exactly as <see cref="TableGrid"/> does for HTML.
/// Page headers and footers live in other parts and are not read, so page numbers never reach the tables.
/// </summary>
internal static class DocxExtractor
{
    public static ExtractedText Extract(byte[] content, ReadDeadline deadline)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var document = OpenDocument(stream);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new ExtractionException("DOCX 文件中没有正文（word/document.xml 缺失或为空），无法读取");
        var text = new StringBuilder(64 * 1024);
        Blocks(body, text, deadline);
        return new ExtractedText(text.ToString());
    }

    private static WordprocessingDocument OpenDocument(Stream stream)
    {
        try
        {
            return WordprocessingDocument.Open(stream, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or System.Xml.XmlException or ArgumentException or InvalidOperationException)
        {
            throw new ExtractionException("DOCX 文件已损坏或不是有效的 Word 文档，无法打开");
        }
    }

    private static void Blocks(OpenXmlElement parent, StringBuilder text, ReadDeadline deadline)
    {
        foreach (var element in parent.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    text.Append(ParagraphText(paragraph)).Append('\n');
                    break;
                case Table table:
                    deadline.Check();
                    Table(table, text, deadline);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    Blocks(element, text, deadline);
                    break;
            }
        }
    }

    private static void Table(Table table, StringBuilder text, ReadDeadline deadline)
    {
        if (table.Descendants<Table>().Any())
        {
            foreach (var cell in table.Descendants<TableCell>().Where(c => c.Ancestors<Table>().First() == table))
            {
                Blocks(cell, text, deadline);
            }

            return;
        }

        // vMerge cells that continue a merge are placeholders for the cell above; the grid gets its
        // rowspan by counting them, which is what TableGrid needs.
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().ToList()).ToList();
        var spans = new Dictionary<TableCell, int>();
        var open = new Dictionary<int, TableCell>();
        foreach (var row in rows)
        {
            var column = 0;
            foreach (var cell in row)
            {
                var width = (int?)cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                var merge = cell.TableCellProperties?.VerticalMerge;
                if (merge is not null && merge.Val?.Value != MergedCellValues.Restart && open.TryGetValue(column, out var top))
                {
                    spans[top]++;
                }
                else
                {
                    spans[cell] = 1;
                    open[column] = cell;
                }

                column += Math.Max(1, width);
            }
        }

        var grid = new TableGrid();
        foreach (var row in rows)
        {
            grid.AddRow(row.Where(spans.ContainsKey).Select(cell => (
                HtmlExtractor.Collapse(string.Join(" ", cell.Elements<Paragraph>().Select(ParagraphText))),
                spans[cell],
                Math.Max(1, (int?)cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1))));
        }

        grid.Write(text);
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }
}
