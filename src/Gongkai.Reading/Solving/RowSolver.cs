namespace Gongkai.Reading.Solving;

/// <summary>
/// Solves a row on its own: table 四 (its three sums are inside the row) and the rows of table 二 (no
/// sums at all, so any run of more digits than cells is usually ambiguous).
/// </summary>
internal static class RowSolver
{
    public static SolvedRow Solve(RowSource? source, RowShape shape, SolveBudget budget, Func<int, bool>? printedMatters = null)
    {
        switch (source)
        {
            case null:
                return SolvedRow.Missing(shape.Count);
            case FixedRow fixedRow:
                return SolvedRow.FromFixed(fixedRow);
            case ChoiceRow choice:
                return Choose(choice, shape, printedMatters);
        }

        var input = ((SplitRow)source).Input;
        var forced = ForcedSplit(input, shape, budget);
        if (forced is not null)
        {
            return forced;
        }

        if (budget.Exhausted)
        {
            return SolvedRow.Unresolved(shape.Count, CellFate.CutOff, input.Chars);
        }

        // Spaces are tried as boundaries first only where sums can confirm the result (domain rule: a
        // space never yields a number the arithmetic does not check); table 二 ignores them.
        var passes = shape.Sums.Length > 0 && input.HasSoftCuts ? new[] { true, false } : [false];
        foreach (var respectSoft in passes)
        {
            var candidates = RowSplitter.Enumerate(input, shape, respectSoft, budget);
            if (budget.Exhausted)
            {
                return SolvedRow.Unresolved(shape.Count, CellFate.CutOff, input.Chars);
            }

            if (candidates.Count > 0)
            {
                var row = SolvedRow.FromCandidates(candidates, input.Chars, shape.Count, printedMatters);
                row.UsedSpaces = respectSoft;
                return row;
            }
        }

        return SolvedRow.Unresolved(shape.Count, CellFate.NoSplit, input.Chars);
    }

    /// <summary>The alternatives of a <see cref="ChoiceRow"/> that satisfy the row's sums; the cells they agree on are read.</summary>
    public static SolvedRow Choose(ChoiceRow choice, RowShape shape, Func<int, bool>? printedMatters = null)
    {
        var printed = string.Join(" | ", choice.Alternatives.Select(a => string.Join(" ", a.Values.Select(v => v!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        var consistent = Consistent(choice, shape);
        if (consistent.Count == 0)
        {
            var none = SolvedRow.Unresolved(shape.Count, CellFate.NoSplit, printed);
            none.Origin = choice.Origin;
            return none;
        }

        var row = SolvedRow.FromCandidates(consistent, printed, shape.Count, printedMatters);
        row.Origin = choice.Origin;
        return row;
    }

    /// <summary>The distinct alternatives whose every sum holds.</summary>
    public static List<SplitCandidate> Consistent(ChoiceRow choice, RowShape shape)
    {
        var kept = new List<SplitCandidate>();
        foreach (var candidate in choice.Candidates)
        {
            if (shape.Sums.All(sum => sum[..^1].Sum(c => candidate.Values[c]) == candidate.Values[sum[^1]]) &&
                !kept.Any(k => k.Values.AsSpan().SequenceEqual(candidate.Values) && k.Starts.AsSpan().SequenceEqual(candidate.Starts)))
            {
                kept.Add(candidate);
            }
        }

        return kept;
    }

    /// <summary>
    /// The split when the digits allow only one whatever the arithmetic says (as many digits as cells,
    /// say); a row with no split at all is unresolved; otherwise null.
    /// </summary>
    public static SolvedRow? ForcedSplit(SplitInput input, RowShape shape, SolveBudget budget)
    {
        var any = RowSplitter.Enumerate(input, shape.WithoutSums, respectSoft: false, budget, stopAfter: 2);
        if (budget.Exhausted)
        {
            return null;
        }

        switch (any.Count)
        {
            case 0:
                return SolvedRow.Unresolved(shape.Count, CellFate.NoSplit, input.Chars);
            case 1:
                var row = SolvedRow.FromCandidates(any, input.Chars, shape.Count);
                row.ForcedByFormat = true;
                return row;
            default:
                return null;
        }
    }
}
