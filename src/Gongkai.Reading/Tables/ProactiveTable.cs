using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Solving;
using Gongkai.Reading.Text;

namespace Gongkai.Reading.Tables;

/// <summary>
/// Table 二 (主动公开政府信息情况). Its rows are independent (no sums), so run-together digits are only
/// recovered where their count alone decides the split. Each 第二十条 block's caption is checked: a typo
/// or an unreadable caption (“?”) is noted, and the block is read by its position and row labels.
/// </summary>
internal static class ProactiveTable
{
    /// <param name="placed">Rows placed by order where labels and figures came apart (<see cref="PlacedTable"/>).</param>
    public static void Apply(TableParse parse, SegmentedText text, FiguresSink sink, SolveBudget budget, Placed? placed = null)
    {
        var template = sink.Figures.Template;
        for (var i = 0; i < parse.Specs.Count; i++)
        {
            var spec = parse.Specs[i];
            var path = $"proactive.{spec.Key}";
            if (placed is not null)
            {
                if (placed.Rows is { } rows)
                {
                    sink.Apply(spec, path, rows[i], null, bySums: false);
                }
                else
                {
                    sink.Unread(spec, CellFate.NoSplit);
                }

                continue;
            }

            if (parse.Rows[i] is not { } parsed)
            {
                sink.Unread(spec, CellFate.Missing);
                continue;
            }

            var shape = RowShape.Plain(spec.Kinds);
            var solved = RowSolver.Solve(parsed.Source, shape, budget, c => spec.Cells[c].Kind == CellKind.AmountText);
            sink.Apply(spec, path, solved, parsed, bySums: false);
        }

        if (placed is null)
        {
            CheckCaptions(parse, text, sink, template);
        }
        else
        {
            CheckCaptionsInOrder(parse, text, sink, template);
        }
    }

    /// <summary>
    /// Where labels came apart from their figures they are no guide to where a block starts: the captions
    /// found (“第二十条…”) are compared with the template's in order, where there are as many.
    /// </summary>
    private static void CheckCaptionsInOrder(TableParse parse, SegmentedText text, FiguresSink sink, ReportTemplate template)
    {
        var starts = new List<int>();
        for (var at = text.Norm.IndexOf("第二十条", parse.From, parse.To - parse.From, StringComparison.Ordinal); at >= 0;
             at = text.Norm.IndexOf("第二十条", at + 4, parse.To - at - 4, StringComparison.Ordinal))
        {
            starts.Add(at);
        }

        if (starts.Count != template.Proactive.Count)
        {
            return;
        }

        for (var g = 0; g < starts.Count; g++)
        {
            CheckCaption(text, starts[g], g + 1 < starts.Count ? starts[g + 1] : parse.To, template.Proactive[g].Caption, g, sink);
        }
    }

    private static void CheckCaptions(TableParse parse, SegmentedText text, FiguresSink sink, ReportTemplate template)
    {
        var previousEnd = parse.From;
        for (var g = 0; g < template.Proactive.Count; g++)
        {
            var first = Enumerable.Range(0, parse.Specs.Count).FirstOrDefault(i => parse.Specs[i].Group == g && parse.Hits[i] is not null, -1);
            if (first < 0)
            {
                continue;
            }

            var hit = parse.Hits[first]!;
            CheckCaption(text, previousEnd, hit.LabelStart, template.Proactive[g].Caption, g, sink);
            var last = Enumerable.Range(0, parse.Specs.Count).LastOrDefault(i => parse.Specs[i].Group == g && parse.Hits[i] is not null);
            previousEnd = parse.Hits[last]!.HasValues ? parse.Hits[last]!.ValueEnd : parse.Hits[last]!.LabelStart;
        }
    }

    private static void CheckCaption(SegmentedText text, int from, int to, string caption, int group, FiguresSink sink)
    {
        if (to <= from)
        {
            return;
        }

        var norm = text.Norm;
        var where = $"proactive.{sink.Figures.Template.Proactive[group].Rows[0].Key}";
        var at = norm.IndexOf("第二十条", from, to - from, StringComparison.Ordinal);
        if (at >= 0)
        {
            var end = norm.IndexOf('项', at, to - at);
            var printedEnd = end < 0 ? Math.Min(to, at + 12) : end + 1;
            while (printedEnd < to && norm[printedEnd] is ')' or ' ')
            {
                printedEnd++;
            }

            var printed = Keys.Light(text.Text.Simplified.AsSpan(at, printedEnd - at));
            if (Keys.Heavy(printed) != Keys.Heavy(caption))
            {
                sink.Note(Finding.Warning(RuleCodes.Wording, where,
                    $"表二第 {group + 1} 个条目标题印为“{printed}”，与模板“{caption}”不符，按位置和行标签读取"));
            }
            else if (printed != Keys.Light(caption))
            {
                sink.Note(Finding.Info(RuleCodes.Wording, where,
                    $"表二第 {group + 1} 个条目标题印为“{printed}”（笔误），按“{caption}”读取"));
            }

            return;
        }

        var mark = norm.AsSpan(from, to - from).IndexOfAny(CharClass.UnreadableMarks);
        sink.Note(mark >= 0
            ? Finding.Info(RuleCodes.Unreadable, where, $"表二第 {group + 1} 个条目标题无法识别（印为“{norm[from + mark]}”），按位置视为“{caption}”")
            : Finding.Info(RuleCodes.Wording, where, $"表二第 {group + 1} 个条目缺少标题“{caption}”，按位置和行标签读取"));
    }
}
