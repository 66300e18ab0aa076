using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Solving;
using Gongkai.Reading.Tables;
using Gongkai.Reading.Tests.Rendering;
using Xunit.Abstractions;

namespace Gongkai.Reading.Tests;

/// <summary>The digit-splitting solver: unique, ambiguous and impossible rows and tables, and a worst case that must stay bounded.</summary>
public sealed class SolverTests(ITestOutputHelper output)
{
    private static SolveBudget Budget(long nodes = 2_000_000) => new(nodes, ReadDeadline.None);

    [Fact]
    public void ARowOfTableThreeSplitsUniquelyUnderItsTotal()
    {
        var row = RowSolver.Solve(new SplitRow(SplitInput.FromText("350010238")), RowShape.Applications, Budget());

        Assert.All(row.Fates, f => Assert.Equal(CellFate.Recovered, f));
        Assert.Equal([35m, 0, 0, 1, 0, 2, 38], row.Values);
    }

    [Fact]
    public void AStraySpaceIsTakenAsABoundaryWhenTheArithmeticConfirmsIt()
    {
        var row = RowSolver.Solve(new SplitRow(SplitInput.FromText("3000 003")), RowShape.Applications, Budget());

        Assert.All(row.Fates, f => Assert.Equal(CellFate.Recovered, f));
        Assert.Equal([3m, 0, 0, 0, 0, 0, 3], row.Values);
    }

    [Fact]
    public void ASpaceInsideANumberIsIgnoredWhenNoSplitRespectsIt()
    {
        // “35 0010238”: no split with a cut at the space satisfies C2, so the space is taken as stray.
        var row = RowSolver.Solve(new SplitRow(SplitInput.FromText("3 50010238")), RowShape.Applications, Budget());

        Assert.Equal([35m, 0, 0, 1, 0, 2, 38], row.Values);
        Assert.False(row.UsedSpaces);
    }

    [Fact]
    public void TableTwoWithoutSumsIsAmbiguousAndListsTheCandidates()
    {
        var row = RowSolver.Solve(new SplitRow(SplitInput.FromText("452417")), RowShape.Plain([CellKind.Count, CellKind.Count, CellKind.Count]), Budget());

        Assert.All(row.Fates, f => Assert.Equal(CellFate.Ambiguous, f));
        Assert.All(row.Values, v => Assert.Null(v));
        Assert.Contains(45m, row.Candidates[0]!);
        Assert.Contains(4m, row.Candidates[0]!);
        Assert.Contains(17m, row.Candidates[2]!);
    }

    [Fact]
    public void AsManyDigitsAsCellsSplitOneWayWhateverTheArithmetic()
    {
        var row = RowSolver.Solve(new SplitRow(SplitInput.FromText("1111111")), RowShape.Applications, Budget());

        Assert.True(row.ForcedByFormat);
        Assert.Equal([1m, 1, 1, 1, 1, 1, 1], row.Values);
    }

    [Fact]
    public void ARowThatNoSplitCanBalanceIsUnresolved()
    {
        var row = RowSolver.Solve(new SplitRow(SplitInput.FromText("12345678")), RowShape.Applications, Budget());

        Assert.All(row.Fates, f => Assert.Equal(CellFate.NoSplit, f));
        Assert.All(row.Values, v => Assert.Null(v));
    }

    [Fact]
    public void LeadingZerosAreNeverPartOfANumber()
    {
        var row = RowSolver.Solve(new SplitRow(SplitInput.FromText("1000000")), RowShape.Applications, Budget());

        Assert.Equal([1m, 0, 0, 0, 0, 0, 0], row.Values);
        Assert.Equal(CellFate.NoSplit, RowSolver.Solve(new SplitRow(SplitInput.FromText("000000000")), RowShape.Applications, Budget()).Fates[0]);
    }

    [Fact]
    public void AmountsKeepTheirUnitAndAreAmbiguousAgainstTheItemCount()
    {
        var shape = RowShape.Plain([CellKind.Count, CellKind.AmountText]);

        var row = RowSolver.Solve(new SplitRow(SplitInput.FromText("2343.98万元")), shape, Budget());

        Assert.All(row.Fates, f => Assert.Equal(CellFate.Ambiguous, f));
        Assert.Equal([2m, 23m, 234m], row.Candidates[0]);
        Assert.Equal([343.98m, 43.98m, 3.98m], row.Candidates[1]!.OrderDescending());
    }

    [Fact]
    public void TableFourSplitsUnderItsThreeTotals()
    {
        var row = RowSolver.Solve(new SplitRow(SplitInput.FromText("02900293071112102804 9")), RowShape.Appeals, Budget());

        Assert.Equal([0m, 29, 0, 0, 29, 3, 0, 7, 1, 11, 21, 0, 28, 0, 49], row.Values);
    }

    [Fact]
    public void TheColumnsDecideWhatNoRowCanDecideAlone()
    {
        // Find rows of random reports that are ambiguous on their own but fixed by C1 and C3 together.
        var specs = TableSpecs.For(ReportTemplate.ById("2021")!);
        for (var seed = 0; seed < 2000; seed++)
        {
            var figures = RoundTrip.Report((seed * 2) + 1).Figures;
            var sources = specs.Applications.Select(s => (RowSource?)new SplitRow(SplitInput.FromText(
                string.Concat(s.Cells.Select(c => ReportChecker.Format(figures[c]!.Value)))))).ToArray();
            var alone = sources.Select(s => RowSolver.Solve(s, RowShape.Applications, Budget())).ToList();
            if (!alone.Any(r => r.Fates.Contains(CellFate.Ambiguous)))
            {
                continue;
            }

            var joint = ApplicationsSolver.Solve(sources, specs.Roles, Budget());
            if (joint.All(r => r.Fates.All(f => f == CellFate.Recovered)))
            {
                for (var r = 0; r < joint.Length; r++)
                {
                    Assert.Equal(specs.Applications[r].Cells.Select(c => figures[c]), joint[r].Values);
                }

                output.WriteLine($"seed {seed}: {alone.Count(r => r.Fates.Contains(CellFate.Ambiguous))} rows ambiguous alone, all resolved jointly");
                return;
            }
        }

        Assert.Fail("no table found where the joint solve resolves rows ambiguous alone");
    }

    [Fact]
    public void TheWorstCaseStopsAtTheBudgetWithNothingOutput()
    {
        // Every leaf row can be split three ways; column 0 of （七）总计 (40) is within every bound yet
        // unreachable (the leaves give 38 + 20k), so only exhausting the combinations could prove it. The
        // budget is lowered so the search must give up before it can.
        var specs = TableSpecs.For(ReportTemplate.ById("2019")!);
        var total = new decimal?[] { 40, 250, 76, 57, 261, 76, 760 };
        var sources = specs.Applications.Select(s => s.Key switch
        {
            "new_received" or "total" => Fixed(total),
            "carried_over" or "carried_forward" => Fixed([0, 0, 0, 0, 0, 0, 0]),
            _ => (RowSource)new SplitRow(SplitInput.FromText("224424440")),
        }).ToArray();

        var budget = Budget(200_000);
        var solved = ApplicationsSolver.Solve(sources, specs.Roles, budget);

        output.WriteLine($"worst case: {budget.Used} nodes");
        Assert.True(budget.Exhausted);
        Assert.Equal(budget.Limit, budget.Used);
        foreach (var leaf in specs.Roles.Leaves)
        {
            Assert.All(solved[leaf].Fates, f => Assert.Equal(CellFate.CutOff, f));
            Assert.All(solved[leaf].Values, v => Assert.Null(v));
        }
    }

    [Fact]
    public void ATinyBudgetCutsTheReadingOffWithoutAWrongNumber()
    {
        var reader = new ReportReader(new ReadLimits(SolverNodeBudget: 40));
        var tally = new CellTally();
        for (var seed = 0; seed < 20; seed++)
        {
            var document = RoundTrip.Report(seed);
            var (bytes, name) = ReportForms.Render("run-together", document, new Random(seed));
            var result = reader.Read(bytes, name);
            RoundTrip.AssertFaithful(document.Figures, result, $"budget 40 seed {seed}", tally);
            Assert.Contains(result.Findings, f => f.Rule == RuleCodes.CutOff);
            Assert.True(result.Stats.CellsUnresolved > 0);
        }

        output.WriteLine($"budget 40: {tally}");
    }

    private static FixedRow Fixed(decimal?[] values) => new(values, new bool[values.Length], new int[values.Length], new int[values.Length]);
}
