using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Application.AnnualReports.Export.Docx;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Layout;

namespace Gongkai.Reporting.Tests;

public sealed class DocxRendererTests
{
    public static TheoryData<string> Reports => TestReports.Keys;

    private static (ReportDocument Document, WordprocessingDocument Word) Open(string key)
    {
        var document = TestReports.Build(key);
        var bytes = DocxReportRenderer.Render(document);
        return (document, WordprocessingDocument.Open(new MemoryStream(bytes), false));
    }

    private static Body BodyOf(WordprocessingDocument word) => word.MainDocumentPart!.Document!.Body!;

    private static string? StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    [Theory]
    [MemberData(nameof(Reports))]
    public void TheTitleComesFirstIn小标宋二号(string key)
    {
        var (document, word) = Open(key);
        using var _ = word;
        var title = Assert.IsType<Paragraph>(BodyOf(word).FirstChild);
        Assert.Equal(document.Title, title.InnerText);
        Assert.Equal("Title", StyleOf(title));
        var run = Assert.Single(title.Elements<Run>());
        Assert.Equal("方正小标宋简体", run.RunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("44", run.RunProperties.FontSize!.Val!.Value);
        Assert.Equal("zh-CN", run.RunProperties.Languages!.EastAsia!.Value);
        var style = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Title");
        Assert.Equal(JustificationValues.Center, style.StyleParagraphProperties!.Justification!.Val!.Value);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void TheSectionsFollowTheOrderOfTheHtmlExport(string key)
    {
        var (document, word) = Open(key);
        using var _ = word;
        var body = BodyOf(word);
        var headings = body.Elements<Paragraph>().Where(p => StyleOf(p) == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(TemplateLabels.Sections.Select(s => s.Heading), headings);
        var parts = body.Elements<Paragraph>().Where(p => StyleOf(p) == "Heading2").Select(p => p.InnerText).ToList();
        Assert.Equal(TemplateLabels.OverviewParts, parts);

        // Each table follows its own heading, and the body paragraphs are the narrative's, in order.
        var elements = body.ChildElements.ToList();
        var tables = body.Elements<Table>().ToList();
        Assert.Equal(3, tables.Count);
        for (var i = 0; i < 3; i++)
        {
            var before = Assert.IsType<Paragraph>(elements[elements.IndexOf(tables[i]) - 1]);
            Assert.Equal(document.Tables[i].SectionHeading, before.InnerText);
        }

        var narrative = document.Narrative;
        var expected = new[] { narrative.Preamble }.Concat(narrative.OverviewParts.Select(p => p.Text)).Append(narrative.Problems).Append(narrative.OtherMatters)
            .SelectMany(ReportNarrative.Paragraphs).ToList();
        var paragraphs = body.Elements<Paragraph>().Where(p => StyleOf(p) is null).Select(p => p.InnerText).ToList();
        Assert.Equal(expected, paragraphs);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void EveryCellSitsWhereTheLayoutPlacesItWithTheSameSpans(string key)
    {
        var (document, word) = Open(key);
        using var _ = word;
        var tables = BodyOf(word).Elements<Table>().ToList();
        for (var t = 0; t < document.Tables.Count; t++)
        {
            var layout = document.Tables[t];
            Assert.Equal(layout.ColumnCount, WordTableReader.GridColumns(tables[t]));
            Assert.Equal(layout.Rows.Count, tables[t].Elements<TableRow>().Count());
            var cells = WordTableReader.Read(tables[t]).ToDictionary(c => (c.Row, c.Column));
            var placed = layout.Place();
            Assert.Equal(placed.Count, cells.Count);
            foreach (var p in placed)
            {
                var cell = cells[(p.Row, p.Column)];
                var expected = p.Cell.Value is { } figure ? document.CellText(figure) : p.Cell.Text;
                Assert.Equal(expected, cell.Text);
                Assert.Equal(p.Cell.RowSpan, cell.RowSpan);
                Assert.Equal(p.Cell.ColSpan, cell.ColSpan);
            }

            var spanned = cells.Values.Count(c => c.Element.TableCellProperties?.GridSpan is not null);
            var restarts = cells.Values.Count(c => c.Element.TableCellProperties?.VerticalMerge?.Val?.Value == MergedCellValues.Restart);
            Assert.Equal(placed.Count(p => p.Cell.ColSpan > 1), spanned);
            Assert.Equal(placed.Count(p => p.Cell.RowSpan > 1), restarts);
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void CellsAreBoldHeadersLeftLabelsAndCentredFigures(string key)
    {
        var (document, word) = Open(key);
        using var _ = word;
        var tables = BodyOf(word).Elements<Table>().ToList();
        for (var t = 0; t < document.Tables.Count; t++)
        {
            var cells = WordTableReader.Read(tables[t]).ToDictionary(c => (c.Row, c.Column));
            var size = document.Tables[t].Key == "appeals" ? "18" : "21";
            foreach (var p in document.Tables[t].Place())
            {
                var paragraph = cells[(p.Row, p.Column)].Element.Elements<Paragraph>().Single();
                var alignment = paragraph.ParagraphProperties!.Justification!.Val!.Value;
                Assert.Equal(p.Cell.Role == GridCellRole.Label ? JustificationValues.Left : JustificationValues.Center, alignment);
                foreach (var run in paragraph.Elements<Run>())
                {
                    Assert.Equal(p.Cell.Role == GridCellRole.Header, run.RunProperties!.Bold is not null);
                    Assert.Equal(size, run.RunProperties.FontSize!.Val!.Value);
                    Assert.Equal("仿宋_GB2312", run.RunProperties.RunFonts!.EastAsia!.Value);
                }
            }
        }
    }

    [Fact]
    public void TablesFillTheTextWidthAndOnlyTable三RepeatsItsHeader()
    {
        var (_, word) = Open("zero-2021");
        using var __ = word;
        var tables = BodyOf(word).Elements<Table>().ToList();
        foreach (var table in tables)
        {
            var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(DocxReportRenderer.PageWidth - DocxReportRenderer.MarginLeft - DocxReportRenderer.MarginRight, grid);
            Assert.Equal("8845", table.GetFirstChild<TableProperties>()!.TableWidth!.Width!.Value);
            Assert.NotNull(table.GetFirstChild<TableProperties>()!.TableBorders!.InsideVerticalBorder);
        }

        bool Repeats(TableRow row) => row.TableRowProperties?.GetFirstChild<TableHeader>() is not null;
        Assert.Equal([true, true, true, false], tables[1].Elements<TableRow>().Take(4).Select(Repeats));
        Assert.DoesNotContain(tables[0].Elements<TableRow>(), Repeats);
        Assert.DoesNotContain(tables[2].Elements<TableRow>(), Repeats);

        // The figure columns of 三 are narrower than its label column; table 四's fifteen are equal.
        var widths = tables[1].GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(widths[2] > 3 * widths[3]);
    }

    [Fact]
    public void ThePageIsA4PortraitWith公文Margins()
    {
        var (_, word) = Open("zero-2020");
        using var __ = word;
        var section = BodyOf(word).Elements<SectionProperties>().Single();
        Assert.IsType<SectionProperties>(BodyOf(word).LastChild);
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((2098, 1984, 1587u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
    }

    [Fact]
    public void StylesSetThe公文FontsLineSpacingAndChineseLanguage()
    {
        var (_, word) = Open("zero-2021");
        using var __ = word;
        var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        Style S(string id) => styles.Elements<Style>().Single(s => s.StyleId == id);
        var normal = S("Normal");
        Assert.Equal("仿宋_GB2312", normal.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("32", normal.StyleRunProperties.FontSize!.Val!.Value);
        Assert.Equal("zh-CN", normal.StyleRunProperties.Languages!.EastAsia!.Value);
        Assert.Equal(200, normal.StyleParagraphProperties!.Indentation!.FirstLineChars!.Value);
        Assert.Equal("560", normal.StyleParagraphProperties.SpacingBetweenLines!.Line!.Value);
        Assert.Equal(LineSpacingRuleValues.Exact, normal.StyleParagraphProperties.SpacingBetweenLines.LineRule!.Value);
        Assert.Equal("黑体", S("Heading1").StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("楷体_GB2312", S("Heading2").StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("zh-CN", styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.EastAsia!.Value);

        // Every 公文 face has a fallback a machine without the 方正/GB2312 fonts can substitute.
        var fonts = word.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!);
        foreach (var face in new[] { "方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312" })
        {
            Assert.NotNull(fonts[face].AltName);
            Assert.Equal("86", fonts[face].FontCharSet!.Val!.Value);
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void TheDocumentIsValidOpenXml(string key)
    {
        var (_, word) = Open(key);
        using var __ = word;
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(word).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void TheDemoReportPrintsItsFiguresInTheirCells()
    {
        var (document, word) = Open(TestReports.Demo);
        using var _ = word;
        var table = BodyOf(word).Elements<Table>().First();
        var cells = WordTableReader.Read(table).ToDictionary(c => (c.Row, c.Column));
        var placed = document.Tables[0].Place();
        string At(string path) => cells[placed.Where(p => p.Cell.Value?.Path == path).Select(p => (p.Row, p.Column)).Single()].Text;
        Assert.Equal("472", At("proactive.penalty.prev_items"));
        Assert.Equal("5", At("proactive.penalty.decisions"));
        Assert.Equal("343.98万元", At("proactive.procurement.amount_text"));
        var row = cells.Values.Single(c => c.Text == "行政处罚").Row;
        Assert.Equal(["行政处罚", "472", "0", "5"], cells.Values.Where(c => c.Row == row).OrderBy(c => c.Column).Select(c => c.Text));
    }

    [Fact]
    public void BlankFiguresStayBlank()
    {
        var (document, word) = Open("blank-2021");
        using var _ = word;
        var table = BodyOf(word).Elements<Table>().ElementAt(1);
        var cells = WordTableReader.Read(table).ToDictionary(c => (c.Row, c.Column));
        var figures = document.Tables[1].Place().Where(p => p.Cell.Value is not null).ToList();
        var printed = figures.Select(p => cells[(p.Row, p.Column)].Text).ToList();
        Assert.Equal(2, printed.Count(t => t == "3"));
        Assert.Equal(figures.Count - 2, printed.Count(t => t.Length == 0));
        Assert.All(figures.Where(p => cells[(p.Row, p.Column)].Text.Length == 0), p => Assert.Empty(cells[(p.Row, p.Column)].Element.Descendants<Run>()));
    }

    [Fact]
    public void EachGroupOfTable二KeepsItsRowsOnOnePage()
    {
        var (document, word) = Open("zero-2020");
        using var _ = word;
        var rows = BodyOf(word).Elements<Table>().First().Elements<TableRow>().ToList();
        var captions = document.Tables[0].Rows.Select(r => r.Count == 1).ToList();
        bool Keeps(TableRow row) => row.Descendants<Paragraph>().All(p => p.ParagraphProperties!.KeepNext is not null);
        var expected = captions.Select((_, i) => i + 1 < captions.Count && !captions[i + 1]);
        Assert.Equal(expected, rows.Select(Keeps));
        Assert.Equal(5, captions.Count(c => c));
    }
}
