using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Solving;
using Gongkai.Reading.Text;

namespace Gongkai.Reading.Tables;

/// <summary>Table 四 (行政复议、行政诉讼): one row of 15 figures after the three header rows; C5 inside the row.</summary>
internal static class AppealsTable
{
    private static readonly string[] HeaderWords = ["结果维持", "结果纠正", "其他结果", "尚未审结", "复议后起诉", "直接起诉"];

    /// <summary>The row of figures: the first value segment after a header word, before <paramref name="to"/>.</summary>
    public static (RowHit? Hit, ParsedRow? Row) Locate(SegmentedText text, int from, int to, RowSpec spec)
    {
        var headerSeen = false;
        for (var seg = text.SegmentAt(from); seg < text.Segments.Count; seg++)
        {
            var segment = text.Segments[seg];
            if (segment.Start >= to)
            {
                break;
            }

            if (segment.Kind == SegmentKind.Text)
            {
                var heavy = text.Heavy(seg).Value;
                headerSeen |= HeaderWords.Any(w => heavy.Contains(w, StringComparison.Ordinal));
                continue;
            }

            if (headerSeen && segment.Start >= from)
            {
                var hit = new RowHit(0, seg - 1, segment.Start, MatchQuality.Exact) { ValueStart = segment.Start, ValueEnd = segment.End };
                return (hit, ValueParser.Parse(text, hit, spec));
            }
        }

        return (null, null);
    }

    public static void Apply(RowSpec spec, ParsedRow? row, FiguresSink sink, SolveBudget budget)
    {
        if (row is null)
        {
            sink.Unread(spec, CellFate.Missing);
            sink.Note(Finding.Warning(RuleCodes.MissingRow, "appeals", "未找到表四（行政复议、行政诉讼）的数字"));
            return;
        }

        var solved = RowSolver.Solve(row.Source, RowShape.Appeals, budget);
        sink.Apply(spec, "appeals", solved, row);
    }
}
