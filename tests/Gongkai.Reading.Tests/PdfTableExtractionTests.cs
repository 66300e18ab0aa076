using Gongkai.Reading.Extraction;
using Gongkai.Reading.Solving;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Gongkai.Reading.Tests;

/// <summary>
/// Ruled tables in a PDF, drawn here with PdfPig: a label wrapped over three lines stays in its cell with
/// its row's figure (printed on the label's middle line), borders drawn as lines or as thin filled
/// rectangles, a header repeated on a new page is read once, and rules that do not enclose the text are
/// not taken for cells.
/// </summary>
public sealed class PdfTableExtractionTests
{
    private const char Sep = '\u001F';

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AWrappedLabelStaysInItsCellBesideItsFigure(bool filledBorders)
    {
        var text = Extract(page => Table(page, 700, filledBorders, header: false));

        Assert.Equal($"first wrapped label{Sep}12{Sep}\nb{Sep}3{Sep}\n", text);
    }

    [Fact]
    public void AHeaderRepeatedOnANewPageIsReadOnce()
    {
        var text = Extract(
            page =>
            {
                page.AddText("Report", 12, new PdfPoint(50, 760), Font);
                Table(page, 700, filled: false, header: true);
                page.AddText("- 1 -", 10, new PdfPoint(140, 40), Font);
            },
            page => Table(page, 780, filled: false, header: true, last: ("c", "4")));

        Assert.Equal(
            $"Report\nItem{Sep}Count{Sep}\nfirst wrapped label{Sep}12{Sep}\nb{Sep}3{Sep}\n-1-\nfirst wrapped label{Sep}12{Sep}\nc{Sep}4{Sep}\n",
            text);
    }

    [Fact]
    public void TextAcrossARuleIsNotReadByCells()
    {
        var text = Extract(page =>
        {
            Table(page, 700, filled: false, header: false);
            page.AddText("overflowing", 10, new PdfPoint(120, 655), Font);
        });

        Assert.DoesNotContain(Sep, text);
    }

    private static PdfDocumentBuilder.AddedFont Font = null!;

    private static string Extract(params Action<PdfPageBuilder>[] pages)
    {
        var builder = new PdfDocumentBuilder();
        Font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var draw in pages)
        {
            draw(builder.AddPage(300, 800));
        }

        return PdfExtractor.Extract(builder.Build(), ReadLimits.Default, ReadDeadline.None, Gongkai.Reading.Ocr.OcrTools.FromPath()).Text;
    }

    /// <summary>
    /// Columns 50–150 and 150–250. An optional 20pt header row, a 60pt row whose label takes three lines
    /// and whose figure sits on the middle one, and a 20pt row.
    /// </summary>
    private static void Table(PdfPageBuilder page, double top, bool filled, bool header, (string Label, string Figure)? last = null)
    {
        var y = top;
        var rows = new List<double> { y };
        if (header)
        {
            Cell(page, "Item", 55, y - 14);
            Cell(page, "Count", 155, y - 14);
            rows.Add(y -= 20);
        }

        Cell(page, "first", 55, y - 14);
        Cell(page, "wrapped", 55, y - 29);
        Cell(page, "label", 55, y - 44);
        Cell(page, "12", 155, y - 29);
        rows.Add(y -= 60);
        Cell(page, last?.Label ?? "b", 55, y - 14);
        Cell(page, last?.Figure ?? "3", 155, y - 14);
        rows.Add(y -= 20);

        foreach (var at in rows)
        {
            Rule(page, new PdfPoint(50, at), new PdfPoint(250, at), filled);
        }

        foreach (var x in new[] { 50.0, 150, 250 })
        {
            Rule(page, new PdfPoint(x, y), new PdfPoint(x, top), filled);
        }
    }

    private static void Cell(PdfPageBuilder page, string text, double x, double baseline) => page.AddText(text, 10, new PdfPoint(x, baseline), Font);

    private static void Rule(PdfPageBuilder page, PdfPoint from, PdfPoint to, bool filled)
    {
        if (filled)
        {
            page.DrawRectangle(new PdfPoint(Math.Min(from.X, to.X) - 0.25, Math.Min(from.Y, to.Y) - 0.25), Math.Abs(to.X - from.X) + 0.5, Math.Abs(to.Y - from.Y) + 0.5, 0, fill: true);
        }
        else
        {
            page.DrawLine(from, to, 0.5);
        }
    }
}
