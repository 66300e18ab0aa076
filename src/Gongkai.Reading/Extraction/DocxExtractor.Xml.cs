using System.IO.Compression;
using System.Text;
using System.Xml;
using Gongkai.Reading.Solving;

namespace Gongkai.Reading.Extraction;

/// <summary>A paragraph's text, or a table, of a Word body or cell. Direct: not inside a content control.</summary>
internal sealed record DocxBlock(string? Paragraph, DocxTable? Table, bool Direct);

internal enum MergeKind { None, Restart, Continue }

internal sealed class DocxCell
{
    public int GridSpan { get; set; } = 1;

    public MergeKind Merge { get; set; }

    public List<DocxBlock> Blocks { get; } = [];
}

internal sealed class DocxTable
{
    public List<List<DocxCell>> Rows { get; } = [];

    public bool HasNestedTable { get; set; }
}

/// <summary>The streaming walk of document.xml: one pass, each element handled as it comes, nothing kept but text.</summary>
internal static partial class DocxExtractor
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string StrictW = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private static bool IsW(XmlReader xml, string name) => xml.LocalName == name && xml.NamespaceURI is W or StrictW;

    /// <summary>Paragraphs and tables among the children of the element the reader is on (body, cell, content control).</summary>
    private static void Blocks(XmlReader xml, List<DocxBlock> blocks, DocxBudget budget, bool direct)
    {
        foreach (var _ in Children(xml, budget))
        {
            if (IsW(xml, "p"))
            {
                blocks.Add(new DocxBlock(Paragraph(xml, budget), null, direct));
            }
            else if (IsW(xml, "tbl"))
            {
                blocks.Add(new DocxBlock(null, Table(xml, budget), direct));
            }
            else if (IsW(xml, "sdt") || IsW(xml, "sdtContent") || IsW(xml, "customXml") || (xml.LocalName == "AlternateContent" && xml.NamespaceURI == Mc))
            {
                Blocks(xml, blocks, budget, direct: false);
            }
            else if (xml.LocalName == "Choice" && xml.NamespaceURI == Mc)
            {
                // Markup compatibility: the first choice is read and the fallback (the same content again) is not.
                Blocks(xml, blocks, budget, direct);
            }
            else
            {
                Skip(xml, budget);
            }
        }
    }

    private static DocxTable Table(XmlReader xml, DocxBudget budget)
    {
        var table = new DocxTable();
        foreach (var _ in Children(xml, budget))
        {
            if (!IsW(xml, "tr"))
            {
                table.HasNestedTable |= SkipFindingTables(xml, budget);
                continue;
            }

            var row = new List<DocxCell>();
            foreach (var __ in Children(xml, budget))
            {
                if (!IsW(xml, "tc"))
                {
                    table.HasNestedTable |= SkipFindingTables(xml, budget);
                    continue;
                }

                var cell = new DocxCell();
                foreach (var ___ in Children(xml, budget))
                {
                    if (IsW(xml, "tcPr"))
                    {
                        CellProperties(xml, cell, budget);
                    }
                    else
                    {
                        var blocks = new List<DocxBlock>();
                        if (IsW(xml, "p"))
                        {
                            blocks.Add(new DocxBlock(Paragraph(xml, budget), null, true));
                        }
                        else if (IsW(xml, "tbl"))
                        {
                            blocks.Add(new DocxBlock(null, Table(xml, budget), true));
                        }
                        else
                        {
                            // Content controls and the like: their paragraphs count as blocks, not as the cell's own text.
                            Blocks(xml, blocks, budget, direct: false);
                        }

                        table.HasNestedTable |= blocks.Exists(b => b.Table is not null);
                        cell.Blocks.AddRange(blocks);
                    }
                }

                row.Add(cell);
            }

            table.Rows.Add(row);
        }

        return table;
    }

    private static void CellProperties(XmlReader xml, DocxCell cell, DocxBudget budget)
    {
        foreach (var _ in Children(xml, budget))
        {
            if (IsW(xml, "gridSpan") && int.TryParse(Attribute(xml, "val"), out var span))
            {
                cell.GridSpan = Math.Clamp(span, 1, 100);
            }
            else if (IsW(xml, "vMerge"))
            {
                cell.Merge = Attribute(xml, "val") == "restart" ? MergeKind.Restart : MergeKind.Continue;
            }

            Skip(xml, budget);
        }
    }

    /// <summary>The text of a paragraph: its w:t, a space for a tab and a line break for w:br/w:cr (properties skipped).</summary>
    private static string Paragraph(XmlReader xml, DocxBudget budget)
    {
        var text = new StringBuilder();
        if (xml.IsEmptyElement)
        {
            return "";
        }

        var depth = xml.Depth;
        while (budget.Read(xml) && xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (IsW(xml, "t"))
            {
                ElementText(xml, text, budget);
            }
            else if (IsW(xml, "tab"))
            {
                text.Append(' ');
            }
            else if (IsW(xml, "br") || IsW(xml, "cr"))
            {
                text.Append('\n');
            }
            else if (IsW(xml, "pPr") || IsW(xml, "rPr") || IsW(xml, "delText") || IsW(xml, "instrText") || (xml.LocalName == "Fallback" && xml.NamespaceURI == Mc))
            {
                Skip(xml, budget);
            }
        }

        budget.Count(text.Length);
        return text.ToString();
    }

    private static void ElementText(XmlReader xml, StringBuilder text, DocxBudget budget)
    {
        if (xml.IsEmptyElement)
        {
            return;
        }

        var depth = xml.Depth;
        while (budget.Read(xml) && xml.Depth > depth)
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                // In chunks, so one enormous text node is refused before it is ever held whole.
                var chunk = new char[4096];
                int read;
                while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                {
                    text.Append(chunk, 0, read);
                    budget.Count(0, text.Length);
                }
            }
        }
    }

    private static string? Attribute(XmlReader xml, string name) => xml.GetAttribute(name, W) ?? xml.GetAttribute(name, StrictW);

    /// <summary>
    /// Visits each child element of the element the reader is on; the caller handles the child and must leave
    /// the reader on its last node (its end tag, or itself when empty).
    /// </summary>
    private static IEnumerable<int> Children(XmlReader xml, DocxBudget budget)
    {
        if (xml.IsEmptyElement)
        {
            yield break;
        }

        var depth = xml.Depth;
        if (depth >= ReadLimits.MaxDepth)
        {
            throw new ExtractionException($"DOCX 文件中的内容嵌套超过 {ReadLimits.MaxDepth} 层，不是正常的 Word 文档，未读取");
        }

        while (budget.Read(xml) && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.Depth == depth + 1)
            {
                yield return 0;
            }
        }
    }

    /// <summary>Moves to the last node of the current element, reading past its content.</summary>
    private static void Skip(XmlReader xml, DocxBudget budget) => SkipFindingTables(xml, budget);

    /// <summary>As <see cref="Skip"/>; true where the skipped content holds a table.</summary>
    private static bool SkipFindingTables(XmlReader xml, DocxBudget budget)
    {
        var table = false;
        if (xml.NodeType != XmlNodeType.Element || xml.IsEmptyElement)
        {
            return false;
        }

        var depth = xml.Depth;
        while (budget.Read(xml) && !(xml.Depth == depth && xml.NodeType == XmlNodeType.EndElement))
        {
            table |= xml.NodeType == XmlNodeType.Element && IsW(xml, "tbl");
        }

        return table;
    }
}

/// <summary>
/// One DOCX reading's budget: bytes inflated (against <see cref="ReadLimits.MaxXmlPartBytes"/>,
/// <see cref="ReadLimits.MaxInflatedBytes"/> and each entry's declared size), characters of text kept, and the deadline, checked every few thousand XML nodes.
/// </summary>
internal sealed class DocxBudget(ReadLimits limits, ReadDeadline deadline)
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private long _inflated;
    private long _chars;
    private int _nodes;

    public ReadDeadline Deadline { get; } = deadline;

    public XmlReader OpenXml(ZipArchiveEntry entry)
    {
        // Whatever the entry declares, it may not inflate past what is left of the file's budget.
        var budget = Math.Min(limits.MaxInflatedBytes - _inflated, limits.MaxXmlPartBytes);
        var limit = Math.Max(0, Math.Min(entry.Length, budget));
        var capped = new CappedStream(entry.Open(), limit, () => entry.Length <= budget
            ? new ExtractionException($"DOCX 文件中的 {entry.FullName} 解压后超过它声明的大小（{ZipBounds.Megabytes(entry.Length)}），文件已损坏或被篡改，未读取")
            : ZipBounds.TooLarge(budget));
        _inflated += limit;
        return XmlReader.Create(capped, Settings);
    }

    public bool Read(XmlReader xml)
    {
        if ((++_nodes & 0xFFF) == 0)
        {
            Deadline.Check();
        }

        var more = xml.Read();
        if (xml.Depth > ReadLimits.MaxDepth)
        {
            // The XML reader keeps a record per open element: depth is memory too.
            throw new ExtractionException($"DOCX 文件中的内容嵌套超过 {ReadLimits.MaxDepth} 层，不是正常的 Word 文档，未读取");
        }

        return more;
    }

    /// <summary>Counts text kept: <paramref name="added"/> characters more, or a paragraph now <paramref name="pending"/> long.</summary>
    public void Count(int added, int pending = 0)
    {
        _chars += added;
        if (_chars + pending > limits.MaxTextChars)
        {
            throw new ExtractionException($"DOCX 文件中的文字超过上限（{limits.MaxTextChars / 10_000} 万字），不像是一份年度报告，未读取");
        }
    }
}
