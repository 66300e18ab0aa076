using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Solving;
using Gongkai.Reading.Text;

namespace Gongkai.Reading.Tables;

/// <summary>
/// Reads a table whose labels and figure rows came apart (<see cref="RowPlacement"/>). Each placement's rows
/// are read cell by cell and kept only if every sum of the table holds (C1–C3 for table 三; table 二 has
/// none). A cell is output only where all surviving placements give it the same value; where they differ it
/// is null with the candidate figure rows named (R11). No placement: the table is null (R12).
/// </summary>
internal static class PlacedTable
{
    private const int Columns = 7;

    /// <returns>The rows to write, or null where nothing can be placed (the finding is added).</returns>
    /// <param name="unknown">Lines of words in the table that are no piece of its printed words (<see cref="RowPlacement.UnknownWords"/>).</param>
    public static SolvedRow[]? Solve(TableParse parse, TableLines lines, int unknown, SegmentedText text, ApplicationRoles? roles, SolveBudget budget, FiguresSink sink, string table, string where)
    {
        var specs = parse.Specs;
        var enumeration = RowPlacement.Enumerate(lines.Lines, specs, rowsMayWrap: roles is not null, lines.Floated.Count, unknown, budget);
        var outcomes = new List<(SolvedRow[] Rows, (string Text, int At)[] Printed)>();
        foreach (var placement in enumeration.Found)
        {
            if (budget.Exhausted)
            {
                break;
            }

            var printed = new string[specs.Count];
            var rows = Read(placement, lines, text, specs, printed);
            var at = placement.Rows.Select(r => lines.Lines[r.First].Start).ToArray();
            var solved = rows is null ? null : roles is null ? [.. rows.Select((r, i) => Plain(r, specs[i], printed[i]))] : Jointly(rows, roles, budget, printed);
            if (solved is not null && solved.All(r => r is not null))
            {
                outcomes.Add(([.. solved.Select(r => r!)], [.. printed.Zip(at)]));
            }
        }

        var sums = roles is null ? "" : "和勾稽关系（C1–C3）";
        if (enumeration.Stopped || budget.Exhausted)
        {
            sink.Note(Finding.Warning(RuleCodes.NoPlacement, where, $"{table}的行标签与数字行错位，可能的对应方式过多（超过 {RowPlacement.MaxPlacements} 种或搜索步数用尽），整表未输出"));
            return null;
        }

        if (outcomes.Count == 0)
        {
            sink.Note(Finding.Warning(RuleCodes.NoPlacement, where,
                $"{table}的行标签与数字行错位，按模板行序{sums}找不到一种对应方式（数字行 {lines.Lines.Count} 行，模板 {specs.Count} 行），整表未输出"));
            return null;
        }

        sink.Note(Finding.Info(RuleCodes.Placed, where,
            $"{table}的行标签与数字行错位（标签折行印在数字行上下，或数字行印在别的标签旁），已按模板行序{sums}对应：" +
            (outcomes.Count == 1 ? "只有一种对应方式符合" : $"有 {outcomes.Count} 种对应方式都符合，各方式不一致的单元格未输出")));
        return [.. Enumerable.Range(0, specs.Count).Select(r => Merge(outcomes, r, specs[r], text))];
    }

    /// <summary>Each row's tokens read as its cells (one stray dropped, or a floated cell put back); null where a row does not read.</summary>
    private static ParsedRow[]? Read(Placement placement, TableLines lines, SegmentedText text, IReadOnlyList<RowSpec> specs, string[] printed)
    {
        var rows = new ParsedRow[specs.Count];
        var floated = 0;
        for (var r = 0; r < specs.Count; r++)
        {
            var (first, last) = placement.Rows[r];
            var tokens = lines.Lines.Skip(first).Take(last - first + 1).SelectMany(l => l.Tokens).ToList();
            printed[r] = string.Join(" ", tokens.Where(t => t.End > t.Start).Select(t => text.Norm[t.Start..t.End]));
            var row = tokens.Count == specs[r].Cells.Count - 1
                ? ValueParser.PutBack(text, tokens, lines.Floated[floated++], specs[r], printed[r])
                : ValueParser.ReadTokens(text, tokens, specs[r], printed[r]);
            if (row is null || row.Problem is not null || row.Source is null)
            {
                return null;
            }

            rows[r] = row;
        }

        return rows;
    }

    private static SolvedRow Plain(ParsedRow row, RowSpec spec, string printed)
    {
        var solved = row.Source switch
        {
            ChoiceRow choice => RowSolver.Choose(choice, RowShape.Plain(spec.Kinds), c => spec.Cells[c].Kind == CellKind.AmountText),
            FixedRow read => SolvedRow.FromFixed(read),
            _ => SolvedRow.Missing(spec.Cells.Count),
        };
        solved.Printed = printed;
        return solved;
    }

    /// <summary>Table 三: every row with all its cells joins the search as its readings (checked under C2), so C1 and C3 must hold for it too.</summary>
    private static SolvedRow?[]? Jointly(ParsedRow[] rows, ApplicationRoles roles, SolveBudget budget, string[] printed)
    {
        var solved = new SolvedRow?[rows.Length];
        var options = new List<SplitCandidate>?[rows.Length];
        var split = new List<int>();
        for (var r = 0; r < rows.Length; r++)
        {
            switch (rows[r].Source)
            {
                case FixedRow read when read.Values.Any(v => v is null):
                    solved[r] = SolvedRow.FromFixed(read);
                    break;
                case FixedRow read:
                    options[r] = RowSolver.Consistent(new ChoiceRow([read], RowOrigin.Placement), RowShape.Applications);
                    break;
                case ChoiceRow choice:
                    options[r] = RowSolver.Consistent(choice, RowShape.Applications);
                    break;
            }

            if (options[r] is { } list)
            {
                if (list.Count == 0)
                {
                    return null;
                }

                split.Add(r);
            }
        }

        var search = new JointSearch(solved, options, split, roles, budget);
        search.Run();
        if (search.Solutions == 0)
        {
            return null;
        }

        foreach (var r in split)
        {
            var row = SolvedRow.FromCandidates(search.Used(r), printed[r], Columns);
            row.Origin = rows[r].Source is ChoiceRow choice ? choice.Origin : RowOrigin.Placement;
            if (rows[r].Source is FixedRow)
            {
                // Printed cell by cell: read, not recovered.
                Array.Fill(row.Fates, CellFate.Read);
            }

            solved[r] = row;
        }

        return solved;
    }

    /// <summary>A row as all surviving placements give it: a cell only where they agree.</summary>
    private static SolvedRow Merge(List<(SolvedRow[] Rows, (string Text, int At)[] Printed)> outcomes, int r, RowSpec spec, SegmentedText text)
    {
        var first = outcomes[0].Rows[r];
        if (outcomes.All(o => Same(o.Rows[r], first, text)))
        {
            return first;
        }

        var cells = spec.Cells.Count;
        var merged = new SolvedRow(cells)
        {
            Origin = RowOrigin.Placement,
            // The candidate figure rows in the order they are printed.
            Printed = string.Join("或", outcomes.Select(o => o.Printed[r]).GroupBy(p => p.Text).OrderBy(g => g.Min(p => p.At)).Select(g => $"“{g.Key}”")),
        };
        // The whole readings of the row over all placements, for evidence from outside the table to settle.
        var options = outcomes.Select(o => o.Rows[r]).SelectMany(x => x.Options.Count > 0 ? x.Options.Select(o => o.Values)
            : x.Fates.All(f => f is CellFate.Read or CellFate.Recovered) ? [x.Values.Select(v => v!.Value).ToArray()] : []).ToList();
        merged.Options = [.. options.DistinctBy(v => string.Join(",", v)).Select(v => new SplitCandidate(v, new bool[cells], new int[cells], new int[cells]))];
        for (var c = 0; c < cells; c++)
        {
            var readings = outcomes.Select(o => o.Rows[r]).ToList();
            if (readings.All(x => x.Fates[c] is CellFate.Read or CellFate.Recovered && x.Values[c] == first.Values[c] && SameText(x, first, c, text)))
            {
                merged.Values[c] = first.Values[c];
                merged.Dash[c] = first.Dash[c];
                merged.Fates[c] = first.Fates[c];
                merged.Starts[c] = first.Starts[c];
                merged.Ends[c] = first.Ends[c];
                continue;
            }

            var values = readings.SelectMany(x => x.Fates[c] is CellFate.Read or CellFate.Recovered ? [x.Values[c]!.Value] : x.Candidates[c] ?? []).Distinct().Order().ToList();
            merged.Fates[c] = values.Count > 0 ? CellFate.Ambiguous : CellFate.NoSplit;
            merged.Candidates[c] = values;
        }

        return merged;
    }

    private static bool Same(SolvedRow a, SolvedRow b, SegmentedText text) =>
        Enumerable.Range(0, a.Values.Length).All(c => a.Fates[c] == b.Fates[c] && a.Values[c] == b.Values[c] && SameText(a, b, c, text) &&
            (a.Candidates[c] ?? []).SequenceEqual(b.Candidates[c] ?? []));

    /// <summary>Amounts keep their printed text: the same value printed differently is not the same cell.</summary>
    private static bool SameText(SolvedRow a, SolvedRow b, int c, SegmentedText text) =>
        a.Ends[c] <= a.Starts[c] || b.Ends[c] <= b.Starts[c] ||
        text.Text.Simplified.AsSpan(a.Starts[c], a.Ends[c] - a.Starts[c]).SequenceEqual(text.Text.Simplified.AsSpan(b.Starts[c], b.Ends[c] - b.Starts[c]));
}
