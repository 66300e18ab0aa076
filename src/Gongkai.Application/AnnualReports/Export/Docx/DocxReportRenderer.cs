using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Application.AnnualReports.Export.Docx;

/// <summary>
/// The report as a Word document set like a 公文: A4 with the GB/T 9704 margins, the title in 小标宋,
/// the six sections in the order of the HTML export, and the three tables with the template's merged
/// cells. The PDF export is this document converted by LibreOffice, so it is the printed form too.
/// </summary>
public static class DocxReportRenderer
{
    /// <summary>A4 portrait in twips.</summary>
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;

    /// <summary>公文 margins in twips: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right.</summary>
    public const int MarginTop = 2098;
    public const int MarginBottom = 1984;
    public const int MarginLeft = 1587;
    public const int MarginRight = 1474;

    public static byte[] Render(ReportDocument document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Build();
            main.AddNewPart<DocumentSettingsPart>().Settings = DocxStyles.Settings();
            main.AddNewPart<FontTablePart>().Fonts = DocxFont.Table();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = PageNumberFooter();
            main.Document = new Document(Body(document, main.GetIdOfPart(footer)));
            word.PackageProperties.Title = document.Title;
            word.PackageProperties.Language = "zh-CN";
        }

        return stream.ToArray();
    }

    /// <summary>The same order as the HTML export: title, preamble, 一 with its five parts, 二 三 四 with tables, 五, 六.</summary>
    private static Body Body(ReportDocument document, string footerId)
    {
        var body = new Body(Styled(DocxStyles.Title, document.Title, DocxFont.TitleRun));
        AppendParagraphs(body, document.Narrative.Preamble);
        var sections = document.Sections;
        body.Append(Styled(DocxStyles.Heading1, sections[0].Heading, DocxFont.HeadingRun));
        foreach (var (heading, text) in document.Narrative.OverviewParts)
        {
            body.Append(Styled(DocxStyles.Heading2, heading, DocxFont.PartRun));
            AppendParagraphs(body, text);
        }

        foreach (var table in document.Tables)
        {
            body.Append(Styled(DocxStyles.Heading1, table.SectionHeading, DocxFont.HeadingRun));
            body.Append(DocxTable.Build(table, document.CellText));
        }

        body.Append(Styled(DocxStyles.Heading1, sections[4].Heading, DocxFont.HeadingRun));
        AppendParagraphs(body, document.Narrative.Problems);
        body.Append(Styled(DocxStyles.Heading1, sections[5].Heading, DocxFont.HeadingRun));
        AppendParagraphs(body, document.Narrative.OtherMatters);
        body.Append(Page(footerId));
        return body;
    }

    private static void AppendParagraphs(Body body, string text)
    {
        foreach (var paragraph in ReportNarrative.Paragraphs(text))
        {
            body.Append(new Paragraph(new Run(DocxFont.BodyRun.Run(), Text(paragraph))));
        }
    }

    private static Paragraph Styled(string style, string text, DocxFont font) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = style }),
        new Run(font.Run(), Text(text)));

    private static Text Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    private static SectionProperties Page(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
        new PageMargin
        {
            Top = MarginTop,
            Bottom = MarginBottom,
            Left = MarginLeft,
            Right = MarginRight,
            Header = 851,
            Footer = 992,
            Gutter = 0,
        },
        new Columns { Space = "425" });

    /// <summary>"— 1 —" centred in 宋体 四号, as 公文 number their pages.</summary>
    private static Footer PageNumberFooter()
    {
        var font = new DocxFont("宋体", 28);
        return new Footer(new Paragraph(
            new ParagraphProperties(
                new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "0", FirstLineChars = 0 },
                new Justification { Val = JustificationValues.Center }),
            new Run(font.Run(), Text("— ")),
            new SimpleField(new Run(font.Run(), Text("1"))) { Instruction = " PAGE " },
            new Run(font.Run(), Text(" —"))));
    }
}
