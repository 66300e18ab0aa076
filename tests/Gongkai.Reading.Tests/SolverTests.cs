using System.Diagnostics;
using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Solving;
using Gongkai.Reading.Tables;
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

        var clock = Stopwatch.StartNew();
        var solved = ApplicationsSolver.Solve(sources, specs.Roles, Budget(200_000));
        clock.Stop();

        output.WriteLine($"worst case: {clock.ElapsedMilliseconds} ms");
        Assert.True(clock.ElapsedMilliseconds < 2000, $"{clock.ElapsedMilliseconds} ms");
        foreach (var leaf in specs.Roles.Leaves)
        {
            Assert.All(solved[leaf].Fates, f => Assert.Equal(CellFate.CutOff, f));
            Assert.All(solved[leaf].Values, v => Assert.Null(v));
        }
    }

    [Theory]
    [InlineData("1111111111111111111111111")]
    [InlineData("0000000000000000000000000")]
    [InlineData("9999999999999999999999999999")]
    [InlineData("1010101010101010101010101010")]
    public void PathologicalRowsFinishQuickly(string digits)
    {
        var specs = TableSpecs.For(ReportTemplate.ById("2021")!);
        var sources = specs.Applications.Select(_ => (RowSource?)new SplitRow(SplitInput.FromText(digits))).ToArray();

        var clock = Stopwatch.StartNew();
        var solved = ApplicationsSolver.Solve(sources, specs.Roles, Budget());
        clock.Stop();

        output.WriteLine($"{digits}: {clock.ElapsedMilliseconds} ms, fates {string.Join(",", solved.SelectMany(r => r.Fates).Distinct())}");
        Assert.True(clock.ElapsedMilliseconds < 1000, $"{clock.ElapsedMilliseconds} ms");
        Assert.All(solved.SelectMany(r => r.Values), v => Assert.Null(v));
    }

    [Fact]
    public void ARealisticRunTogetherTableSolvesInUnderTwentyMilliseconds()
    {
        // Random reports, and a large agency's: thousands of natural-person applications in most rows,
        // tens from legal persons; each table solved from run-together digits alone.
        var specs = TableSpecs.For(ReportTemplate.ById("2021")!);
        var random = new Random(7);
        var worst = TimeSpan.Zero;
        var recovered = 0;
        var cells = 0;
        ApplicationsSolver.Solve([.. specs.Applications.Select(_ => (RowSource?)new SplitRow(SplitInput.FromText("1234567890123")))], specs.Roles, Budget());
        for (var i = 0; i < 100; i++)
        {
            var rows = i % 2 == 0 ? RandomTable(specs, random) : LargeAgencyTable(specs, random);
            var clock = Stopwatch.StartNew();
            var solved = ApplicationsSolver.Solve(rows, specs.Roles, Budget());
            worst = clock.Elapsed > worst ? clock.Elapsed : worst;
            recovered += solved.Sum(r => r.Fates.Count(f => f == CellFate.Recovered));
            cells += solved.Length * 7;
        }

        output.WriteLine($"worst of 100 realistic run-together tables: {worst.TotalMilliseconds:0.00} ms; {recovered}/{cells} cells recovered");
        Assert.True(worst < TimeSpan.FromMilliseconds(20), $"{worst.TotalMilliseconds} ms");
    }

    private static RowSource?[] RandomTable(TableSpecs specs, Random random)
    {
        var figures = TestSupport.RandomReports.Valid(random, 2022);
        return [.. specs.Applications.Select(s => (RowSource?)new SplitRow(SplitInput.FromText(
            string.Concat(s.Cells.Select(c => ReportChecker.Format(figures[c]!.Value))))))];
    }

    private static RowSource?[] LargeAgencyTable(TableSpecs specs, Random random)
    {
        var leaves = specs.Roles.Leaves.ToDictionary(l => l, _ => Enumerable.Range(0, 6)
            .Select(c => (decimal)(c == 0 ? random.Next(100, 6000) : random.Next(3) == 0 ? random.Next(1, 60) : 0)).ToArray());
        var total = Enumerable.Range(0, 6).Select(c => leaves.Values.Sum(v => v[c])).ToArray();
        return [.. specs.Applications.Select((s, r) => s.Key switch
        {
            "new_received" or "total" => total,
            "carried_over" or "carried_forward" => new decimal[6],
            _ => leaves[r],
        }).Select(parts => (RowSource?)new SplitRow(SplitInput.FromText(string.Concat(parts.Append(parts.Sum()).Select(v => ReportChecker.Format(v))))))];
    }

    [Fact]
    public void AStressTableOfLargeFiguresInEveryCellStaysBounded()
    {
        var specs = TableSpecs.For(ReportTemplate.ById("2019")!);
        var random = new Random(11);
        var worst = TimeSpan.Zero;
        var resolved = 0;
        ApplicationsSolver.Solve([.. specs.Applications.Select(_ => (RowSource?)new SplitRow(SplitInput.FromText("1234567890123")))], specs.Roles, Budget());
        for (var i = 0; i < 20; i++)
        {
            var leaves = specs.Roles.Leaves.ToDictionary(l => l, _ => Enumerable.Range(0, 6).Select(_ => (decimal)random.Next(100, 9999)).ToArray());
            var total = Enumerable.Range(0, 6).Select(c => leaves.Values.Sum(v => v[c])).ToArray();
            var rows = specs.Applications.Select((s, r) => s.Key switch
            {
                "new_received" or "total" => total,
                "carried_over" or "carried_forward" => new decimal[6],
                _ => leaves[r],
            }).Select(parts => (RowSource?)new SplitRow(SplitInput.FromText(string.Concat(parts.Append(parts.Sum()).Select(v => ReportChecker.Format(v)))))).ToArray();
            var clock = Stopwatch.StartNew();
            var solved = ApplicationsSolver.Solve(rows, specs.Roles, Budget());
            worst = clock.Elapsed > worst ? clock.Elapsed : worst;
            resolved += solved.Sum(r => r.Fates.Count(f => f == CellFate.Recovered));
        }

        // Far beyond any real report (every leaf cell 3–4 digits); about 20–40 ms in Release, more in Debug.
        output.WriteLine($"worst of 20 tables of 3–4 digit figures in every cell: {worst.TotalMilliseconds:0.00} ms, {resolved} of {20 * 23 * 7} cells recovered");
        Assert.Equal(20 * 23 * 7, resolved);
        Assert.True(worst < TimeSpan.FromMilliseconds(400), $"{worst.TotalMilliseconds} ms");
    }

    private static FixedRow Fixed(decimal?[] values) => new(values, new bool[values.Length], new int[values.Length], new int[values.Length]);
}
