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
        var choices = new Dictionary<int, List<SplitCandidate>>();
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
                case ChoiceRow choice:
                    var consistent = RowSolver.Consistent(choice, RowShape.Applications);
                    if (consistent.Count == 0)
                    {
                        solved[r] = RowSolver.Choose(choice, RowShape.Applications);
                    }
                    else
                    {
                        choices[r] = consistent;
                        split.Add(r);
                    }

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
            SolveJointly(sources, solved, split, choices, roles, budget);
        }

        return [.. solved.Select(r => r!)];
    }

    /// <param name="choices">Rows read cell by cell in several possible ways: their alternatives, already checked under C2.</param>
    private static void SolveJointly(RowSource?[] sources, SolvedRow?[] solved, List<int> split, Dictionary<int, List<SplitCandidate>> choices, ApplicationRoles roles, SolveBudget budget)
    {
        var inputs = split.Where(r => sources[r] is SplitRow).ToDictionary(r => r, r => ((SplitRow)sources[r]!).Input);
        var printed = split.ToDictionary(r => r, r => inputs.TryGetValue(r, out var input) ? input.Chars : Printed(choices[r]));
        var anySoft = inputs.Values.Any(i => i.HasSoftCuts);
        foreach (var respectSoft in anySoft ? new[] { true, false } : [false])
        {
            var options = new List<SplitCandidate>?[sources.Length];
            var empty = false;
            foreach (var r in split)
            {
                options[r] = choices.TryGetValue(r, out var fixedOptions) ? fixedOptions : RowSplitter.Enumerate(inputs[r], RowShape.Applications, respectSoft, budget);
                empty |= options[r]!.Count == 0;
            }

            if (budget.Exhausted)
            {
                Fill(solved, split, printed, CellFate.CutOff);
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
                Fill(solved, split, printed, CellFate.CutOff);
                return;
            }

            if (search.Solutions > 0)
            {
                foreach (var r in split)
                {
                    var row = SolvedRow.FromCandidates(search.Used(r), printed[r], Columns);
                    row.UsedSpaces = respectSoft && inputs.ContainsKey(r);
                    row.SolutionCount = search.Solutions;
                    row.Origin = sources[r] is ChoiceRow choice ? choice.Origin : RowOrigin.Split;
                    solved[r] = row;
                }

                return;
            }
        }

        Fill(solved, split, printed, CellFate.NoSplit);
        foreach (var r in split.Where(r => sources[r] is ChoiceRow))
        {
            solved[r]!.Origin = ((ChoiceRow)sources[r]!).Origin;
        }
    }

    private static string Printed(List<SplitCandidate> alternatives) =>
        string.Join(" | ", alternatives.Select(a => string.Join(" ", a.Values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)))));

    private static void Fill(SolvedRow?[] solved, List<int> rows, Dictionary<int, string> printed, CellFate fate)
    {
        foreach (var r in rows)
        {
            solved[r] = SolvedRow.Unresolved(Columns, fate, printed[r]);
        }
    }
}
