using Gongkai.Reading.Solving;
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
    /// Where most rows hold one figure more than the template has cells, the table has a column of its own
    /// (a 法人或其他组织 subtotal, say): no figure is a stray, and which column is which cannot be told.
    /// </summary>
    public void RefuseExtraColumn()
    {
        var strays = Enumerable.Range(0, Rows.Length).Where(i => Rows[i]?.Source is ChoiceRow { Origin: RowOrigin.Stray }).ToList();
        if (strays.Count * 2 <= Rows.Count(r => r is not null))
        {
            return;
        }

        foreach (var i in strays)
        {
            Rows[i] = Rows[i]! with
            {
                Layout = ValueLayout.Bad,
                Source = null,
                Problem = $"多数行都比模板多印一个数，表格可能多出一列（如“法人或其他组织”小计），无法确定各数所在的列（模板为 {Specs[i].Cells.Count} 个单元格）",
            };
        }
    }

    /// <summary>
    /// Cells of table 二 printed above the table with their note (“12（其中修订 5 件）”): where exactly as many
    /// rows lack one cell (read as too short), each such row in turn gets the next of them back, in every
    /// place it reads in (a choice the solver keeps open where the places read differently).
    /// </summary>
    public void PutBackFloated(SegmentedText text, List<(int Start, int End)> floated)
    {
        var norm = text.Norm;
        var shortRows = Enumerable.Range(0, Rows.Length).Where(i => Rows[i] is { Layout: ValueLayout.Bad } && Hits[i] is { HasValues: true } hit &&
            !norm.AsSpan(hit.ValueStart, hit.ValueEnd - hit.ValueStart).Contains(CharClass.Sep) &&
            PrintedFigures.SpacedTokens(norm, hit.ValueStart, hit.ValueEnd).Count == Specs[i].Cells.Count - 1).ToList();
        if (floated.Count == 0)
        {
            return;
        }

        if (shortRows.Count < floated.Count)
        {
            // A floated cell whose row does not look short: that row has a stray figure in its place, and
            // which row it is cannot be told. Every row that looks whole may be it.
            for (var i = 0; i < Rows.Length; i++)
            {
                if (Rows[i] is { Layout: ValueLayout.Separated or ValueLayout.Spaced } row)
                {
                    Rows[i] = row with
                    {
                        Layout = ValueLayout.Bad,
                        Source = null,
                        Problem = $"表格上方单独印有 {floated.Count} 个带注释的数，只有 {shortRows.Count} 行少印一格，其余的数可能属于此行（此行另有多余的数）",
                    };
                }
            }

            return;
        }

        if (shortRows.Count != floated.Count)
        {
            return;
        }

        for (var k = 0; k < shortRows.Count; k++)
        {
            var i = shortRows[k];
            var hit = Hits[i]!;
            var put = ValueParser.PutBack(text, PrintedFigures.SpacedTokens(norm, hit.ValueStart, hit.ValueEnd), floated[k], Specs[i], Rows[i]!.Printed);
            if (put is not null)
            {
                Rows[i] = put;
            }
        }
    }

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
