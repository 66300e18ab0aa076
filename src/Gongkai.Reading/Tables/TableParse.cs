using Gongkai.Reading.Text;

namespace Gongkai.Reading.Tables;

/// <summary>One table located in the stream: its rows found and their figures parsed, not yet solved.</summary>
internal sealed class TableParse
{
    public TableParse(SegmentedText text, int from, int to, IReadOnlyList<RowSpec> specs)
    {
        From = from;
        To = to;
        Specs = specs;
        Hits = RowLocator.Locate(text, from, to, specs);
        Rows = [.. Hits.Select((hit, i) => hit is null ? null : ValueParser.Parse(text, hit, specs[i]))];
    }

    public int From { get; }

    public int To { get; }

    public IReadOnlyList<RowSpec> Specs { get; }

    public RowHit?[] Hits { get; }

    public ParsedRow?[] Rows { get; }

    public bool Found => Hits.Any(h => h is not null);

    /// <summary>Rows printed cell by cell with spaces, and rows that ran together (for the document's layout).</summary>
    public (int Spaced, int RunTogether) Layouts() =>
        (Rows.Count(r => r?.Layout == ValueLayout.Spaced), Rows.Count(r => r?.Layout == ValueLayout.RunTogether));

    /// <summary>
    /// In a document printed with spaces between cells, a row with fewer figures than cells has blank cells,
    /// not run-together digits: splitting it would invent numbers, so it becomes unreadable instead.
    /// </summary>
    public void TreatShortRowsAsBlanks()
    {
        for (var i = 0; i < Rows.Length; i++)
        {
            if (Rows[i] is { Layout: ValueLayout.RunTogether } row)
            {
                Rows[i] = row with
                {
                    Layout = ValueLayout.Bad,
                    Source = null,
                    Problem = $"只读到部分数字（“{row.Printed}”），模板为 {Specs[i].Cells.Count} 个单元格，可能有空白单元格，无法确定各数所在的列",
                };
            }
        }
    }
}
