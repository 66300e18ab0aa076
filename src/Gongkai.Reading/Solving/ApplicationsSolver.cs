namespace Gongkai.Reading.Solving;

/// <summary>The rows of table 三 by their part in the arithmetic.</summary>
internal sealed record ApplicationRoles(int NewReceived, int CarriedOver, int Total, int CarriedForward, int[] Leaves);

/// <summary>
/// Solves table 三 jointly. Each run-together row is first split on its own under C2 (总计 = the six
/// columns); the surviving candidates are then combined under C1 (一 + 二 = （七）总计 + 四, per column)
/// and C3 (（七）总计 = the leaf rows, per column). A cell is output only if it has the same value in every
/// combination that satisfies all three; the search is bounded by the budget.
/// </summary>
internal static class ApplicationsSolver
{
    private const int Columns = 7;

    public static SolvedRow[] Solve(RowSource?[] sources, ApplicationRoles roles, SolveBudget budget)
    {
        var solved = new SolvedRow?[sources.Length];
        var split = new List<int>();
        for (var r = 0; r < sources.Length; r++)
        {
            switch (sources[r])
            {
                case null:
                    solved[r] = SolvedRow.Missing(Columns);
                    break;
                case FixedRow fixedRow:
                    solved[r] = SolvedRow.FromFixed(fixedRow);
                    break;
                case SplitRow splitRow:
                    solved[r] = RowSolver.ForcedSplit(splitRow.Input, RowShape.Applications, budget);
                    if (solved[r] is null)
                    {
                        split.Add(r);
                    }

                    break;
            }
        }

        if (split.Count > 0)
        {
            SolveJointly(sources, solved, split, roles, budget);
        }

        return [.. solved.Select(r => r!)];
    }

    private static void SolveJointly(RowSource?[] sources, SolvedRow?[] solved, List<int> split, ApplicationRoles roles, SolveBudget budget)
    {
        var inputs = split.ToDictionary(r => r, r => ((SplitRow)sources[r]!).Input);
        var anySoft = inputs.Values.Any(i => i.HasSoftCuts);
        foreach (var respectSoft in anySoft ? new[] { true, false } : [false])
        {
            var options = new List<SplitCandidate>?[sources.Length];
            var empty = false;
            foreach (var r in split)
            {
                options[r] = RowSplitter.Enumerate(inputs[r], RowShape.Applications, respectSoft, budget);
                empty |= options[r]!.Count == 0;
            }

            if (budget.Exhausted)
            {
                Fill(solved, split, inputs, CellFate.CutOff);
                return;
            }

            if (empty)
            {
                continue;
            }

            var search = new JointSearch(solved, options, split, roles, budget);
            search.Run();
            if (budget.Exhausted && !search.AllAmbiguous)
            {
                Fill(solved, split, inputs, CellFate.CutOff);
                return;
            }

            if (search.Solutions > 0)
            {
                foreach (var r in split)
                {
                    var row = SolvedRow.FromCandidates(search.Used(r), inputs[r].Chars, Columns);
                    row.UsedSpaces = respectSoft;
                    row.SolutionCount = search.Solutions;
                    solved[r] = row;
                }

                return;
            }
        }

        Fill(solved, split, inputs, CellFate.NoSplit);
    }

    private static void Fill(SolvedRow?[] solved, List<int> rows, Dictionary<int, SplitInput> inputs, CellFate fate)
    {
        foreach (var r in rows)
        {
            solved[r] = SolvedRow.Unresolved(Columns, fate, inputs[r].Chars);
        }
    }
}
