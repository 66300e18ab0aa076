using System.Collections.Frozen;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Layout;
using Gongkai.Reading.Solving;
using Gongkai.Reading.Structure;
using Gongkai.Reading.Text;

namespace Gongkai.Reading.Tables;

/// <summary>The rows of a table placed by order (<see cref="PlacedTable"/>), or null rows where no placement fits.</summary>
internal sealed record Placed(SolvedRow[]? Rows);

/// <summary>
/// Reads the three tables. Each is looked for between its heading and the next (or, where a heading is
/// missing, from the first of its own labels); all rows are parsed before any is solved, because whether
/// a short row ran together or has blank cells is decided for the document as a whole.
/// </summary>
internal static class TableReading
{
    public static void Read(SegmentedText text, HeadingPlace?[] headings, FiguresSink sink, ReadLimits limits, ReadDeadline deadline)
    {
        var specs = TableSpecs.For(sink.Figures.Template);
        var length = text.Norm.Length;
        var start2 = headings[1]?.End ?? Anchor(text, headings[0]?.End ?? 0, ["第二十条", "信息内容"]) ?? headings[0]?.End ?? 0;
        var start3 = headings[2]?.End ?? Anchor(text, start2, ["申请人情况", "本年新收政府信息公开申请数量"]) ?? start2;
        var start4 = headings[3]?.End ?? Anchor(text, start3, ["结果维持", "尚未审结"]) ?? length;
        var end4 = new[] { headings[4]?.Start, headings[5]?.Start }.Where(s => s > start4).Min() ?? length;

        var proactive = new TableParse(text, start2, headings[2]?.Start ?? start3, specs.Proactive);
        var applications = new TableParse(text, start3, headings[3]?.Start ?? start4, specs.Applications);
        var (_, appealsRow) = AppealsTable.Locate(text, start4, end4, specs.Appeals);
        deadline.Check();

        var (spaced, together) = proactive.Layouts();
        var (spaced3, together3) = applications.Layouts();
        spaced += spaced3 + (appealsRow?.Layout == ValueLayout.Spaced ? 1 : 0);
        together += together3 + (appealsRow?.Layout == ValueLayout.RunTogether ? 1 : 0);
        if (spaced > together)
        {
            proactive.TreatShortRowsAsBlanks();
            applications.TreatShortRowsAsBlanks();
            if (appealsRow?.Layout == ValueLayout.RunTogether)
            {
                appealsRow = appealsRow with { Layout = ValueLayout.Bad, Source = null, Problem = $"只读到部分数字（“{appealsRow.Printed}”），可能有空白单元格" };
            }
        }

        // Lines of figures are what a converter keeps in order; where they left their labels, the rows are placed by that order.
        proactive.RefuseExtraColumn();
        applications.RefuseExtraColumn();
        var top2 = TableStart(text, proactive, ["第二十条", "信息内容"]);
        var lines2 = FigureLines.In(text, proactive.From, proactive.To, top2);
        proactive.PutBackFloated(text, lines2.Floated);
        var budget2 = new SolveBudget(limits.SolverNodeBudget, deadline);
        var words2 = WordsOf(specs.Template, 0);
        var placed2 = LineOriented(lines2, proactive) && RowPlacement.Misaligned(proactive, lines2.Lines, cells: 0, words2)
            ? new Placed(PlacedTable.Solve(proactive, lines2, RowPlacement.UnknownWords(text, top2, proactive.To, words2), text, roles: null, budget2, sink, "表二", "proactive"))
            : null;
        ProactiveTable.Apply(proactive, text, sink, budget2, placed2);
        if (placed2 is null)
        {
            NoteMissingRows(proactive, "表二", "proactive", sink);
        }

        deadline.Check();
        var top3 = TableStart(text, applications, ["申请人情况", "勾稽关系"]);
        var lines3 = FigureLines.In(text, applications.From, applications.To, top3);
        var budget3 = new SolveBudget(limits.SolverNodeBudget, deadline);
        var words3 = WordsOf(specs.Template, 1);
        var placed3 = LineOriented(lines3, applications) && RowPlacement.Misaligned(applications, lines3.Lines, cells: specs.Applications[0].Cells.Count, words3)
            ? new Placed(PlacedTable.Solve(applications, lines3 with { Floated = [] }, RowPlacement.UnknownWords(text, top3, applications.To, words3), text, specs.Roles, budget3, sink, "表三", "applications"))
            : null;
        ApplicationsTable.Apply(applications, text, sink, specs, budget3, placed3);
        if (placed3 is null)
        {
            NoteMissingRows(applications, "表三", "applications", sink);
        }

        deadline.Check();
        AppealsTable.Apply(specs.Appeals, appealsRow, sink, new SolveBudget(limits.SolverNodeBudget, deadline));
        deadline.Check();
    }

    private static readonly FrozenDictionary<(string, int), string> Words =
        ReportTemplate.All.SelectMany(t => ReportTables.For(t).Select((table, i) => (Key: (t.Id, i), Words: RowPlacement.TableWords(table))))
            .ToFrozenDictionary(x => x.Key, x => x.Words);

    /// <summary>The words table <paramref name="index"/> (二 = 0, 三 = 1) of a template prints, heavy.</summary>
    private static string WordsOf(ReportTemplate template, int index) => Words[(template.Id, index)];

    /// <summary>Where a table begins: the first of its header words or of its row labels found, before which lines are prose.</summary>
    private static int TableStart(SegmentedText text, TableParse parse, string[] headerWords)
    {
        var header = Anchor(text, parse.From, headerWords) is { } at && at < parse.To ? at : parse.To;
        var label = parse.Hits.FirstOrDefault(h => h is not null)?.LabelStart ?? parse.To;
        return Math.Min(header, label) is var start && start < parse.To ? start : parse.From;
    }

    /// <summary>Rows printed one to a line (not run together on one line, as scraped text has them): at least half as many figure lines as rows.</summary>
    private static bool LineOriented(TableLines lines, TableParse parse) => lines.Lines.Count * 2 >= parse.Specs.Count;

    private static void NoteMissingRows(TableParse parse, string table, string where, FiguresSink sink)
    {
        if (!parse.Found)
        {
            sink.Note(Finding.Warning(RuleCodes.MissingRow, where, $"未找到{table}的数字"));
            return;
        }

        for (var i = 0; i < parse.Specs.Count; i++)
        {
            var path = $"{where}.{parse.Specs[i].Key}";
            if (parse.Hits[i] is null)
            {
                sink.Note(Finding.Warning(RuleCodes.MissingRow, path, $"{table}缺少“{parse.Specs[i].Caption}”一行"));
            }
            else if (parse.Rows[i] is { Layout: ValueLayout.Blank })
            {
                sink.Note(Finding.Warning(RuleCodes.BadRow, path, $"{table}“{parse.Specs[i].Caption}”一行没有数字"));
            }
        }
    }

    /// <summary>The stream offset of the first of <paramref name="keys"/> after <paramref name="from"/>, or null.</summary>
    private static int? Anchor(SegmentedText text, int from, string[] keys)
    {
        for (var seg = text.SegmentAt(from); seg < text.Segments.Count; seg++)
        {
            if (text.Segments[seg].Kind != SegmentKind.Text)
            {
                continue;
            }

            var heavy = text.Heavy(seg);
            foreach (var key in keys)
            {
                var at = heavy.Value.IndexOf(key, StringComparison.Ordinal);
                if (at >= 0 && heavy.OffsetOf(at) >= from)
                {
                    return heavy.OffsetOf(at);
                }
            }
        }

        return null;
    }
}
