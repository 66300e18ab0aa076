using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Solving;
using Gongkai.Reading.Text;

namespace Gongkai.Reading.Tables;

/// <summary>Table 三 (收到和处理政府信息公开申请情况): rows solved jointly under C1, C2 and C3.</summary>
internal static class ApplicationsTable
{
    /// <param name="placed">Rows placed by order where labels and figures came apart (<see cref="PlacedTable"/>); null where that failed.</param>
    public static void Apply(TableParse parse, SegmentedText text, FiguresSink sink, TableSpecs specs, SolveBudget budget, Placed? placed = null)
    {
        var solved = placed is null ? ApplicationsSolver.Solve([.. parse.Rows.Select(r => r?.Source)], specs.Roles, budget) : placed.Rows;
        for (var i = 0; i < parse.Specs.Count; i++)
        {
            var spec = parse.Specs[i];
            if (solved is null)
            {
                sink.Unread(spec, CellFate.NoSplit);
            }
            else if (placed is null && parse.Rows[i] is null)
            {
                sink.Unread(spec, CellFate.Missing);
            }
            else
            {
                sink.Apply(spec, $"applications.{spec.Key}", solved[i], placed is null ? parse.Rows[i] : null);
            }
        }

        var first = parse.Hits.FirstOrDefault(h => h is not null);
        if (first is not null)
        {
            NoteUnreadableHeader(text, parse.From, first.LabelStart, "表三表头", "applications", sink);
        }
    }

    /// <summary>A header cell printed as “?” (the 勾稽关系 note of table 三 in the 根河 sample) is noted, not needed.</summary>
    public static void NoteUnreadableHeader(SegmentedText text, int from, int to, string what, string where, FiguresSink sink)
    {
        if (to <= from)
        {
            return;
        }

        var mark = text.Norm.AsSpan(from, to - from).IndexOfAny(CharClass.UnreadableMarks);
        if (mark >= 0)
        {
            sink.Note(Finding.Info(RuleCodes.Unreadable, where, $"{what}有无法识别的文字（印为“{text.Norm[from + mark]}”），不影响读数"));
        }
    }
}
