using BenchmarkDotNet.Attributes;
using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Solving;
using Gongkai.Reading.Tables;
using Gongkai.Reading.Tests.Rendering;

namespace Gongkai.Benchmarks.Reading;

/// <summary>
/// Target: the digit-splitting solver under 20 ms for the worst realistic table, and bounded in the worst
/// case. Each operation solves a whole table 三 given as run-together digits, one run per row, jointly
/// (the same tables the solver's node-count tests use, tests/Gongkai.Reading.Tests/SolverBoundsTests.cs):
/// <list type="bullet">
/// <item>realistic-worst: of 100 realistic tables (random reports, large agencies), the one that takes most search nodes;</item>
/// <item>stress-worst: of 20 tables with a 3–4 digit figure in every leaf cell, the one that takes most nodes;</item>
/// <item>pathological: 28 nines in every row, which no split satisfies; the node budget (2,000,000) bounds it.</item>
/// </list>
/// The nodes each table takes are printed at setup.
/// </summary>
[MemoryDiagnoser]
public class SolverBenchmarks
{
    private const long NodeBudget = 2_000_000;
    private TableSpecs _specs = null!;
    private RowSource?[] _table = [];

    [Params("realistic-worst", "stress-worst", "pathological")]
    public string Table { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        (_specs, _table) = Table switch
        {
            "realistic-worst" => Worst("2021", 7, 100, (specs, random, i) =>
                i % 2 == 0 ? RunTogetherTables.Random(specs, random) : RunTogetherTables.LargeAgency(specs, random)),
            "stress-worst" => Worst("2019", 11, 20, (specs, random, _) => RunTogetherTables.Stress(specs, random)),
            "pathological" => Pathological(),
            _ => throw new ArgumentException($"unknown table {Table}"),
        };
        var budget = Budget();
        var solved = ApplicationsSolver.Solve(_table, _specs.Roles, budget);
        var recovered = solved.Sum(r => r.Fates.Count(f => f == CellFate.Recovered));
        Console.WriteLine($"// {Table}: {budget.Used:N0} search nodes, {recovered} of {solved.Length * 7} cells recovered");
    }

    [Benchmark(Description = "ApplicationsSolver.Solve (table 三)")]
    public int Solve() => ApplicationsSolver.Solve(_table, _specs.Roles, Budget()).Length;

    private static SolveBudget Budget() => new(NodeBudget, ReadDeadline.None);

    private static (TableSpecs, RowSource?[]) Pathological()
    {
        var specs = TableSpecs.For(ReportTemplate.ById("2021")!);
        return (specs, RunTogetherTables.Pathological(specs, new string('9', 28)));
    }

    private static (TableSpecs, RowSource?[]) Worst(string template, int seed, int count, Func<TableSpecs, Random, int, RowSource?[]> table)
    {
        var specs = TableSpecs.For(ReportTemplate.ById(template)!);
        var random = new Random(seed);
        return (specs, Enumerable.Range(0, count).Select(i => table(specs, random, i))
            .MaxBy(rows => { var budget = Budget(); ApplicationsSolver.Solve(rows, specs.Roles, budget); return budget.Used; })!);
    }
}
