using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Solving;
using Gongkai.Reading.Text;

namespace Gongkai.Reading.Tables;

/// <summary>How a row's figures were printed.</summary>
internal enum ValueLayout
{
    /// <summary>No figures after the label.</summary>
    Blank,
    /// <summary>Cells split by separators (| in text, cell boundaries in HTML/DOCX): read one by one.</summary>
    Separated,
    /// <summary>Split by spaces into exactly as many figures as cells (text from PDF): read one by one.</summary>
    Spaced,
    /// <summary>Fewer figures than cells without separators: digits ran together and must be split.</summary>
    RunTogether,
    /// <summary>Cannot be read (too many cells, a cell that is not a figure).</summary>
    Bad,
}

/// <summary>A row's figures as printed, before solving.</summary>
internal sealed record ParsedRow(ValueLayout Layout, RowSource? Source, string Printed, string? Problem = null);

/// <summary>Turns the value segment after a label into a row source for the solver.</summary>
internal static class ValueParser
{
    public static ParsedRow Parse(SegmentedText text, RowHit hit, RowSpec spec)
    {
        if (!hit.HasValues)
        {
            return new ParsedRow(ValueLayout.Blank, null, "");
        }

        var norm = text.Norm;
        var printed = PrintedFigures.Printed(norm, hit.ValueStart, hit.ValueEnd);
        return norm.AsSpan(hit.ValueStart, hit.ValueEnd - hit.ValueStart).Contains(CharClass.Sep)
            ? Separated(text, hit, spec, printed)
            : Unseparated(text, hit, spec, printed);
    }

    private static ParsedRow Separated(SegmentedText text, RowHit hit, RowSpec spec, string printed)
    {
        var norm = text.Norm;
        var firstFigure = hit.ValueStart;
        while (CharClass.IsNeutral(norm[firstFigure]))
        {
            firstFigure++;
        }

        // The row ends with its line: a separator row continues on the next line only in another row.
        var lineEnd = norm.IndexOf('\n', firstFigure, hit.ValueEnd - firstFigure);
        var end = lineEnd < 0 ? hit.ValueEnd : lineEnd;
        // Separators before the figures' own line close the header or label line above: not cells of this row.
        var lineStart = norm.LastIndexOf('\n', firstFigure, firstFigure - hit.ValueStart + 1);
        var groups = new List<(int Start, int End)>();
        var start = lineStart < 0 ? hit.ValueStart : lineStart + 1;
        for (var i = start; i <= end; i++)
        {
            if (i == end || norm[i] == CharClass.Sep)
            {
                groups.Add(PrintedFigures.Trim(norm, start, i));
                start = i + 1;
            }
        }

        if (groups.Count > 0 && groups[0].Start == groups[0].End)
        {
            groups.RemoveAt(0);
        }

        if (groups.Count > 0 && groups[^1].Start == groups[^1].End)
        {
            groups.RemoveAt(groups.Count - 1);
        }

        if (groups.Count < spec.Cells.Count)
        {
            return new ParsedRow(ValueLayout.Bad, null, printed, $"读到 {groups.Count} 个单元格，模板为 {spec.Cells.Count} 个");
        }

        if (groups.Count > spec.Cells.Count)
        {
            // Empty cells left by merged headers or padding may stand before or after the figures; the
            // figures are the consecutive cells with only empty ones around them. If several placements
            // fit and read differently, which column a figure is in cannot be known.
            var placements = Enumerable.Range(0, groups.Count - spec.Cells.Count + 1)
                .Where(o => groups.Take(o).Concat(groups.Skip(o + spec.Cells.Count)).All(g => g.Start == g.End))
                .Select(o => groups.GetRange(o, spec.Cells.Count)).ToList();
            var readings = placements.Select(p => string.Join("|", p.Select(g => norm[g.Start..g.End]))).Distinct().Count();
            var filled = groups.FindAll(g => g.Start != g.End);
            if (readings == 0 && filled.Count == spec.Cells.Count + 1 &&
                groups.FindIndex(g => g.Start != g.End) + filled.Count - 1 == groups.FindLastIndex(g => g.Start != g.End) &&
                Stray(text, filled, spec, ValueLayout.Separated, printed) is { } stray)
            {
                return stray;
            }

            if (readings != 1)
            {
                var figures = groups.Count(g => g.Start != g.End);
                return new ParsedRow(ValueLayout.Bad, null, printed, readings == 0
                    ? $"读到 {figures} 个数，模板为 {spec.Cells.Count} 个"
                    : $"读到 {figures} 个数和 {groups.Count - figures} 个空白单元格，无法确定各数所在的列");
            }

            groups = placements[0];
        }

        return Fixed(text, groups, spec, ValueLayout.Separated, printed);
    }

    private static ParsedRow Unseparated(SegmentedText text, RowHit hit, RowSpec spec, string printed)
    {
        var norm = text.Norm;
        var tokens = PrintedFigures.SpacedTokens(norm, hit.ValueStart, hit.ValueEnd);
        if (tokens.Count == 0)
        {
            return new ParsedRow(ValueLayout.Blank, null, printed);
        }

        if (hit.MayEndWithItemNumber && tokens.Count == spec.Cells.Count + 1 && tokens[^1].End - tokens[^1].Start <= 2)
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        if (tokens.Count == spec.Cells.Count)
        {
            return Fixed(text, tokens, spec, ValueLayout.Spaced, printed);
        }

        if (tokens.Count == spec.Cells.Count + 1 && Stray(text, tokens, spec, ValueLayout.Spaced, printed) is { } stray)
        {
            return stray;
        }

        return tokens.Count > spec.Cells.Count
            ? new ParsedRow(ValueLayout.Bad, null, printed, $"读到 {tokens.Count} 个数，模板为 {spec.Cells.Count} 个")
            : new ParsedRow(ValueLayout.RunTogether, new SplitRow(PrintedFigures.SplitInputOf(norm, tokens, hit.MayEndWithItemNumber)), printed);
    }

    /// <summary>A row's figures given as tokens (a placement's lines): as many as cells, or one more (a stray); else unreadable.</summary>
    public static ParsedRow ReadTokens(SegmentedText text, List<(int Start, int End)> tokens, RowSpec spec, string printed)
    {
        if (tokens.Count == spec.Cells.Count)
        {
            return Fixed(text, tokens, spec, ValueLayout.Spaced, printed);
        }

        return (tokens.Count == spec.Cells.Count + 1 ? Stray(text, tokens, spec, ValueLayout.Spaced, printed) : null)
            ?? new ParsedRow(ValueLayout.Bad, null, printed, $"读到 {tokens.Count} 个数，模板为 {spec.Cells.Count} 个");
    }

    /// <summary>
    /// A row short of one cell, and a cell printed away from its row (above the table, with its note): the
    /// cell put back in each place it reads in, one alternative each. Null where it reads in none.
    /// </summary>
    public static ParsedRow? PutBack(SegmentedText text, List<(int Start, int End)> tokens, (int Start, int End) floated, RowSpec spec, string printed)
    {
        var alternatives = new List<FixedRow>();
        for (var at = 0; at <= tokens.Count && tokens.Count + 1 == spec.Cells.Count; at++)
        {
            var cells = new List<(int Start, int End)>(tokens);
            cells.Insert(at, floated);
            if (Fixed(text, cells, spec, ValueLayout.Spaced, printed) is { Problem: null, Source: FixedRow read } && read.Values.All(v => v is not null))
            {
                alternatives.Add(read);
            }
        }

        return alternatives.Count == 0 ? null : new ParsedRow(ValueLayout.Spaced, new ChoiceRow(alternatives, RowOrigin.Floated), printed);
    }

    /// <summary>
    /// One figure more than the row has cells: a stray (a page number, a footnote mark) after the label, at
    /// the end of the row, or alone on a line among the row's lines. Each such figure dropped is one
    /// alternative; the solver keeps those the row's sums allow. Null where no alternative reads as figures.
    /// </summary>
    private static ParsedRow? Stray(SegmentedText text, List<(int Start, int End)> tokens, RowSpec spec, ValueLayout layout, string printed)
    {
        var drops = new SortedSet<int> { 0, tokens.Count - 1 };
        for (var t = 1; t < tokens.Count - 1; t++)
        {
            if (BreakBetween(text.Norm, tokens[t - 1].End, tokens[t].Start) && BreakBetween(text.Norm, tokens[t].End, tokens[t + 1].Start))
            {
                drops.Add(t);
            }
        }

        var alternatives = new List<FixedRow>();
        foreach (var drop in drops)
        {
            var row = Fixed(text, [.. tokens.Where((_, i) => i != drop)], spec, layout, printed);
            if (row is { Problem: null, Source: FixedRow read } && read.Values.All(v => v is not null))
            {
                alternatives.Add(read);
            }
        }

        return alternatives.Count == 0 ? null : new ParsedRow(layout, new ChoiceRow(alternatives, RowOrigin.Stray), printed);
    }

    private static bool BreakBetween(string norm, int from, int to) => norm.AsSpan(from, to - from).Contains('\n');

    private static ParsedRow Fixed(SegmentedText text, List<(int Start, int End)> cells, RowSpec spec, ValueLayout layout, string printed)
    {
        var count = spec.Cells.Count;
        var values = new decimal?[count];
        var dash = new bool[count];
        var starts = new int[count];
        var ends = new int[count];
        var bad = new List<string>();
        for (var c = 0; c < count; c++)
        {
            var (start, end) = cells[c];
            starts[c] = start;
            ends[c] = end;
            if (start == end)
            {
                continue;
            }

            var cellText = PrintedFigures.Compact(text.Norm, start, end);
            var oneFigure = cellText.Length == end - start - PrintedFigures.SpacesBeforeUnit(text.Norm, start, end);
            if (oneFigure && CellReading.Read(cellText, spec.Cells[c].Kind) is { } token)
            {
                values[c] = token.Value;
                dash[c] = token.Dash;
            }
            else
            {
                bad.Add($"“{text.Text.Simplified[start..end].Trim()}”");
            }
        }

        var problem = bad.Count == 0 ? null : $"{string.Join("、", bad)}不是{KindName(spec.Cells[0].Kind)}";
        return new ParsedRow(layout, new FixedRow(values, dash, starts, ends), printed, problem);
    }

    private static string KindName(CellKind kind) => kind switch
    {
        CellKind.AmountWan or CellKind.AmountText => "金额",
        _ => "数字",
    };
}
