using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Reporting.Tests;

/// <summary>One cell of a Word table as a reader sees it: where it starts in the grid and what it covers.</summary>
internal sealed record WordCell(int Row, int Column, int RowSpan, int ColSpan, string Text, TableCell Element);

/// <summary>
/// Reads a Word table back the way Word lays it out: grid columns advance by w:gridSpan, and a
/// w:vMerge restart extends down through the continuation cells at the same grid column.
/// Independent of the renderer, so a wrong merge shows up as a wrong span here.
/// </summary>
internal static class WordTableReader
{
    public static IReadOnlyList<WordCell> Read(Table table)
    {
        var rows = table.Elements<TableRow>().ToList();
        var starts = new List<WordCell>();
        var open = new Dictionary<int, int>();
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var tc in rows[r].Elements<TableCell>())
            {
                var span = tc.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                var merge = tc.TableCellProperties?.VerticalMerge;
                if (merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue))
                {
                    var index = open[column];
                    Assert.Equal(starts[index].ColSpan, span);
                    Assert.Equal("", tc.InnerText);
                    starts[index] = starts[index] with { RowSpan = starts[index].RowSpan + 1 };
                }
                else
                {
                    open.Remove(column);
                    if (merge is not null)
                    {
                        open[column] = starts.Count;
                    }

                    starts.Add(new WordCell(r, column, 1, span, tc.InnerText, tc));
                }

                column += span;
            }
        }

        return starts;
    }

    public static int GridColumns(Table table) => table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count();
}
