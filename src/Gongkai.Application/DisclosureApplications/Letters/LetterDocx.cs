using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Application.DisclosureApplications.Letters;

/// <summary>
/// A plain 公文-like DOCX: titles in 方正小标宋, headings in 黑体, body in 仿宋_GB2312 三号 with a two-character
/// first-line indent, the signature right-aligned, tables with borders. The PDF is this DOCX through LibreOffice
/// (ADR 0003), which substitutes installed CJK faces for the 公文 fonts.
/// </summary>
internal sealed class LetterDocx
{
    private const string Latin = "Times New Roman";
    private readonly Body _body = new();

    public LetterDocx Title(string text) => Add(text, "方正小标宋简体", 44, bold: false, JustificationValues.Center, indent: false, spaceAfter: 240);

    public LetterDocx Reference(string text) => Add(text, "仿宋_GB2312", 28, bold: false, JustificationValues.Right, indent: false, spaceAfter: 240);

    public LetterDocx Heading(string text) => Add(text, "黑体", 32, bold: false, JustificationValues.Left, indent: false, spaceAfter: 120);

    public LetterDocx Addressee(string text) => Add(text + "：", "仿宋_GB2312", 32, bold: false, JustificationValues.Left, indent: false, spaceAfter: 0);

    public LetterDocx Paragraph(string text) => Add(text, "仿宋_GB2312", 32, bold: false, JustificationValues.Both, indent: true, spaceAfter: 0);

    public LetterDocx Small(string text) => Add(text, "仿宋_GB2312", 24, bold: false, JustificationValues.Left, indent: false, spaceAfter: 60);

    public LetterDocx Signature(IEnumerable<string> lines)
    {
        _body.Append(Empty());
        foreach (var line in lines)
        {
            Add(line, "仿宋_GB2312", 32, bold: false, JustificationValues.Right, indent: false, spaceAfter: 0);
        }

        return this;
    }

    public LetterDocx PageBreak()
    {
        _body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        return this;
    }

    /// <summary>A bordered table, the first row bold as its header; cells in 仿宋 小四.</summary>
    public LetterDocx Table(IReadOnlyList<string[]> rows)
    {
        var border = () => new BorderType[]
        {
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 },
        };
        var table = new Table(new TableProperties(new TableBorders(border()), new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(
                new Paragraph(new Run(Font("仿宋_GB2312", 24, bold: i == 0), new Text(cell) { Space = SpaceProcessingModeValues.Preserve }))))));
        }

        _body.Append(table);
        _body.Append(Empty());
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = (Body)_body.CloneNode(true);
            // A4 with the 公文 margins (37 mm top, 28 mm left, 26 mm right, 35 mm bottom).
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1587, Right = 1474, Header = 851, Footer = 992 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private LetterDocx Add(string text, string eastAsia, int halfPoints, bool bold, JustificationValues justification, bool indent, int spaceAfter)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { After = spaceAfter.ToString(System.Globalization.CultureInfo.InvariantCulture), Line = "560", LineRule = LineSpacingRuleValues.Exact },
            new Justification { Val = justification });
        if (indent)
        {
            properties.Append(new Indentation { FirstLineChars = 200 });
        }

        _body.Append(new Paragraph(properties, new Run(Font(eastAsia, halfPoints, bold), new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    private static Paragraph Empty() => new(new Run(new Text("")));

    private static RunProperties Font(string eastAsia, int halfPoints, bool bold)
    {
        var size = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var properties = new RunProperties(new RunFonts { Ascii = Latin, HighAnsi = Latin, EastAsia = eastAsia, ComplexScript = Latin });
        if (bold)
        {
            properties.Append(new Bold());
        }

        properties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size }, new Languages { Val = "en-US", EastAsia = "zh-CN" });
        return properties;
    }
}
