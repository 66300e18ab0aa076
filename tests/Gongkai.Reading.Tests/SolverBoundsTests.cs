using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Solving;
using Gongkai.Reading.Tables;
using Gongkai.Reading.Tests.Rendering;
using Xunit.Abstractions;

namespace Gongkai.Reading.Tests;

/// <summary>
/// The solver's work, counted in search nodes (deterministic, unlike time on a shared machine):
/// realistic run-together tables take a small fraction of the budget, pathological ones stop at it.
/// Wall-clock figures are measured by the benchmark project (benchmarks/Gongkai.Benchmarks).
/// </summary>
public sealed class SolverBoundsTests(ITestOutputHelper output)
{
    /// <summary>Realistic tables are solved well inside this many nodes (the default budget is 2,000,000).</summary>
    private const long RealisticNodes = 200_000;

    private static SolveBudget Budget(long nodes = 2_000_000) => new(nodes, ReadDeadline.None);

    [Theory]
    [InlineData("1111111111111111111111111")]
    [InlineData("0000000000000000000000000")]
    [InlineData("9999999999999999999999999999")]
    [InlineData("1010101010101010101010101010")]
    public void PathologicalRowsFinishQuickly(string digits)
    {
        var specs = TableSpecs.For(ReportTemplate.ById("2021")!);
        var sources = RunTogetherTables.Pathological(specs, digits);

        var budget = Budget();
        var solved = ApplicationsSolver.Solve(sources, specs.Roles, budget);

        output.WriteLine($"{digits}: {budget.Used} nodes, fates {string.Join(",", solved.SelectMany(r => r.Fates).Distinct())}");
        Assert.True(budget.Used <= budget.Limit);
        Assert.All(solved.SelectMany(r => r.Values), v => Assert.Null(v));
    }

    [Fact]
    public void RealisticRunTogetherTablesAreSolvedWellInsideTheBudget()
    {
        // Random reports, and a large agency's: thousands of natural-person applications in most rows,
        // tens from legal persons; each table solved from run-together digits alone.
        var specs = TableSpecs.For(ReportTemplate.ById("2021")!);
        var random = new Random(7);
        var worst = 0L;
        var recovered = 0;
        var cells = 0;
        for (var i = 0; i < 100; i++)
        {
            var rows = i % 2 == 0 ? RunTogetherTables.Random(specs, random) : RunTogetherTables.LargeAgency(specs, random);
            var budget = Budget();
            var solved = ApplicationsSolver.Solve(rows, specs.Roles, budget);
            worst = Math.Max(worst, budget.Used);
            recovered += solved.Sum(r => r.Fates.Count(f => f == CellFate.Recovered));
            cells += solved.Length * 7;
        }

        output.WriteLine($"worst of 100 realistic run-together tables: {worst} nodes; {recovered}/{cells} cells recovered");
        Assert.True(worst < RealisticNodes, $"{worst} nodes");
    }

    [Fact]
    public void AStressTableOfLargeFiguresInEveryCellStaysBounded()
    {
        var specs = TableSpecs.For(ReportTemplate.ById("2019")!);
        var random = new Random(11);
        var worst = 0L;
        var resolved = 0;
        for (var i = 0; i < 20; i++)
        {
            var rows = RunTogetherTables.Stress(specs, random);
            var budget = Budget();
            var solved = ApplicationsSolver.Solve(rows, specs.Roles, budget);
            worst = Math.Max(worst, budget.Used);
            resolved += solved.Sum(r => r.Fates.Count(f => f == CellFate.Recovered));
        }

        // Far beyond any real report (every leaf cell 3–4 digits), yet inside the default budget.
        output.WriteLine($"worst of 20 tables of 3–4 digit figures in every cell: {worst} nodes, {resolved} of {20 * 23 * 7} cells recovered");
        Assert.Equal(20 * 23 * 7, resolved);
        Assert.True(worst < Budget().Limit, $"{worst} nodes");
    }
}
