using Gongkai.Application.AnnualReports.Export;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Layout;

namespace Gongkai.Reading.Tests.Rendering;

/// <summary>One printed cell of a table row: its text and how many grid columns and rows it covers.</summary>
internal sealed record PrintedCell(string Text, int ColSpan, bool IsFigure, int RowSpan = 1);

/// <summary>A block of a report as a text renderer sees it.</summary>
internal abstract record Block;

internal sealed record Heading(string Text, int Level) : Block;

internal sealed record Paragraph(string Text) : Block;

/// <summary>A table as its rows of printed cells (cells covered by a rowspan from above are not repeated, as in HTML).</summary>
internal sealed record TableBlock(string Key, int Columns, IReadOnlyList<IReadOnlyList<PrintedCell>> Rows) : Block;

/// <summary>The report in document order, the way every text renderer of these tests walks it.</summary>
internal static class ReportBlocks
{
    public static List<Block> Of(ReportDocument document)
    {
        var blocks = new List<Block> { new Heading(document.Title, 1) };
        Paragraphs(blocks, document.Narrative.Preamble);
        blocks.Add(new Heading(document.Sections[0].Heading, 2));
        foreach (var (heading, text) in document.Narrative.OverviewParts)
        {
            blocks.Add(new Heading(heading, 3));
            Paragraphs(blocks, text);
        }

        foreach (var table in document.Tables)
        {
            blocks.Add(new Heading(table.SectionHeading, 2));
            blocks.Add(new TableBlock(table.Key, table.ColumnCount, [.. table.Rows.Select(row => (IReadOnlyList<PrintedCell>)[.. row.Select(cell => Printed(document, cell))])]));
        }

        blocks.Add(new Heading(document.Sections[4].Heading, 2));
        Paragraphs(blocks, document.Narrative.Problems);
        blocks.Add(new Heading(document.Sections[5].Heading, 2));
        Paragraphs(blocks, document.Narrative.OtherMatters);
        return blocks;
    }

    private static PrintedCell Printed(ReportDocument document, GridCell cell) =>
        cell.Value is { } value ? new PrintedCell(document.CellText(value), cell.ColSpan, true) : new PrintedCell(cell.Text!, cell.ColSpan, false, cell.RowSpan);

    private static void Paragraphs(List<Block> blocks, string text) =>
        blocks.AddRange(ReportNarrative.Paragraphs(text).Select(p => new Paragraph(p)));
}
