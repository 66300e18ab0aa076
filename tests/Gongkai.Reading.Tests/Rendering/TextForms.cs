using System.Text;

namespace Gongkai.Reading.Tests.Rendering;

/// <summary>
/// The plain-text forms reports reach readers in, rendered from the same blocks: pipe text in the style
/// of the 根河 sample, Markdown pipe tables, and run-together text scraped from a web page.
/// </summary>
internal static class TextForms
{
    /// <summary>Cells split by “ | ”, a spanned cell followed by empty cells, a “ |” at the end of each row (the sample's style).</summary>
    public static string Pipe(List<Block> blocks) => Write(blocks, row =>
        string.Join(" | ", row.SelectMany(c => new[] { c.Text }.Concat(Enumerable.Repeat("", c.ColSpan - 1)))) + " |");

    /// <summary>Markdown: “## ” headings, each table with a delimiter row after its first row.</summary>
    public static string Markdown(List<Block> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    text.Append(new string('#', h.Level)).Append(' ').Append(h.Text).Append("\n\n");
                    break;
                case Paragraph p:
                    text.Append(p.Text).Append("\n\n");
                    break;
                case TableBlock t:
                    for (var r = 0; r < t.Rows.Count; r++)
                    {
                        var cells = t.Rows[r].SelectMany(c => new[] { c.Text }.Concat(Enumerable.Repeat("", c.ColSpan - 1))).ToList();
                        text.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
                        if (r == 0)
                        {
                            text.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", cells.Count))).Append('\n');
                        }
                    }

                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Scraped text: every cell of a table, and the table's heading, run together on one line with no
    /// separator; with <paramref name="straySpaces"/> &gt; 0 a space survives at that share of cell boundaries.
    /// </summary>
    public static string RunTogether(List<Block> blocks, Random random, double straySpaces)
    {
        var text = new StringBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case Heading h when i + 1 < blocks.Count && blocks[i + 1] is TableBlock:
                    text.Append(h.Text);
                    break;
                case Heading h:
                    text.Append(h.Text).Append('\n');
                    break;
                case Paragraph p:
                    text.Append(p.Text).Append('\n');
                    break;
                case TableBlock t:
                    foreach (var cell in t.Rows.SelectMany(r => r))
                    {
                        text.Append(cell.Text);
                        if (random.NextDouble() < straySpaces)
                        {
                            text.Append(' ');
                        }
                    }

                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }

    private static string Write(List<Block> blocks, Func<IReadOnlyList<PrintedCell>, string> row)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    text.Append(h.Text).Append('\n');
                    break;
                case Paragraph p:
                    text.Append(p.Text).Append('\n');
                    break;
                case TableBlock t:
                    foreach (var r in t.Rows)
                    {
                        text.Append(row(r)).Append('\n');
                    }

                    break;
            }
        }

        return text.ToString();
    }
}
