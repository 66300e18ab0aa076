using System.IO.Compression;
using System.Text;
using System.Xml;
using Gongkai.Reading.Solving;

namespace Gongkai.Reading.Extraction;

/// <summary>
/// Word documents, streamed: the ZIP is checked against the limits first (<see cref="ZipBounds"/>), then
/// word/document.xml is inflated through a <see cref="CappedStream"/> and read with an <see cref="XmlReader"/>,
/// so memory follows the text read, not the size the part inflates to. Paragraphs become lines; each table
/// row becomes its cells on the grid that w:gridSpan (columns) and w:vMerge (rows) make, exactly as
/// <see cref="TableGrid"/> does for HTML. Page headers and footers live in other parts and are not read,
/// so page numbers never reach the tables.
/// </summary>
internal static partial class DocxExtractor
{
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string StrictOfficeDocument = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

    public static ExtractedText Extract(byte[] content, ReadLimits limits, ReadDeadline deadline)
    {
        ZipBounds.Check(content, limits);
        using var zip = Open(content);
        var budget = new DocxBudget(limits, deadline);
        var main = MainPart(zip, budget);
        var entry = zip.GetEntry(main) ?? throw new ExtractionException("DOCX 文件中没有正文（word/document.xml 缺失），不是有效的 Word 文档，无法读取");
        var text = new StringBuilder(64 * 1024);
        try
        {
            using var xml = budget.OpenXml(entry);
            if (!Body(xml, text, budget))
            {
                throw new ExtractionException("DOCX 文件中没有正文（word/document.xml 为空），无法读取");
            }
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            throw new ExtractionException("DOCX 文件已损坏或不是有效的 Word 文档（正文无法解析），无法读取");
        }

        return new ExtractedText(text.ToString());
    }

    private static ZipArchive Open(byte[] content)
    {
        try
        {
            return new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            throw new ExtractionException("DOCX 文件已损坏或不是有效的 Word 文档，无法打开");
        }
    }

    /// <summary>The main document part named by the package relationships (usually word/document.xml).</summary>
    private static string MainPart(ZipArchive zip, DocxBudget budget)
    {
        if (zip.GetEntry("_rels/.rels") is not { } rels)
        {
            return zip.GetEntry("word/document.xml") is not null ? "word/document.xml"
                : throw new ExtractionException("DOCX 文件中没有正文（缺少 _rels/.rels 和 word/document.xml），不是有效的 Word 文档，无法读取");
        }

        try
        {
            using var xml = budget.OpenXml(rels);
            while (budget.Read(xml))
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                    && xml.GetAttribute("Type") is OfficeDocument or StrictOfficeDocument && xml.GetAttribute("Target") is { Length: > 0 } target)
                {
                    return target.TrimStart('/');
                }
            }
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            throw new ExtractionException("DOCX 文件已损坏（_rels/.rels 无法解析），无法读取");
        }

        return "word/document.xml";
    }

    /// <summary>Reads w:body's blocks into <paramref name="text"/>; false where the part has no body.</summary>
    private static bool Body(XmlReader xml, StringBuilder text, DocxBudget budget)
    {
        while (budget.Read(xml))
        {
            if (xml.NodeType == XmlNodeType.Element && IsW(xml, "body"))
            {
                var blocks = new List<DocxBlock>();
                Blocks(xml, blocks, budget, direct: true);
                Write(blocks, text, budget);
                return true;
            }
        }

        return false;
    }

    /// <summary>Paragraphs and tables written out: a table as its grid, or (holding other tables) as page layout.</summary>
    private static void Write(List<DocxBlock> blocks, StringBuilder text, DocxBudget budget)
    {
        foreach (var block in blocks)
        {
            if (block.Paragraph is { } paragraph)
            {
                text.Append(paragraph).Append('\n');
            }
            else
            {
                budget.Deadline.Check();
                WriteTable(block.Table!, text, budget);
            }
        }
    }

    private static void WriteTable(DocxTable table, StringBuilder text, DocxBudget budget)
    {
        if (table.HasNestedTable)
        {
            // Layout table: every cell is a block of the page.
            foreach (var cell in table.Rows.SelectMany(r => r))
            {
                Write(cell.Blocks, text, budget);
            }

            return;
        }

        // vMerge cells that continue a merge are placeholders for the cell above; the grid gets its
        // rowspan by counting them, which is what TableGrid needs.
        var spans = new Dictionary<DocxCell, int>(ReferenceEqualityComparer.Instance);
        var open = new Dictionary<int, DocxCell>();
        foreach (var row in table.Rows)
        {
            var column = 0;
            foreach (var cell in row)
            {
                if (cell.Merge == MergeKind.Continue && open.TryGetValue(column, out var top))
                {
                    spans[top]++;
                }
                else
                {
                    spans[cell] = 1;
                    open[column] = cell;
                }

                column += cell.GridSpan;
            }
        }

        var grid = new TableGrid();
        foreach (var row in table.Rows)
        {
            grid.AddRow(row.Where(spans.ContainsKey).Select(cell => (
                HtmlExtractor.Collapse(string.Join(" ", cell.Blocks.Where(b => b.Direct && b.Paragraph is not null).Select(b => b.Paragraph))),
                spans[cell],
                cell.GridSpan)));
        }

        grid.Write(text);
    }
}
