using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Solving;
using Gongkai.Reading.Tables;

namespace Gongkai.Reading.Tests.Rendering;

/// <summary>
/// Table 三 as scraped text leaves it, one run of digits per row, for the solver alone: the tests count its
/// search nodes on these tables and the benchmark project times it on the same ones.
/// </summary>
internal static class RunTogetherTables
{
    /// <summary>A random valid report's table.</summary>
    public static RowSource?[] Random(TableSpecs specs, Random random)
    {
        var figures = TestSupport.RandomReports.Valid(random, specs.Template.Id == "2019" ? 2020 : 2022);
        return [.. specs.Applications.Select(s => Row(s.Cells.Select(c => figures[c]!.Value)))];
    }

    /// <summary>A large agency's table: thousands of natural-person applications in most rows, tens from legal persons.</summary>
    public static RowSource?[] LargeAgency(TableSpecs specs, Random random) => FromLeaves(specs, random, c =>
        c == 0 ? random.Next(100, 6000) : random.Next(3) == 0 ? random.Next(1, 60) : 0);

    /// <summary>Far beyond any real report: a 3–4 digit figure in every leaf cell.</summary>
    public static RowSource?[] Stress(TableSpecs specs, Random random) => FromLeaves(specs, random, _ => random.Next(100, 9999));

    /// <summary>Every row the same run of digits, as a garbled page might give: no split satisfies the sums.</summary>
    public static RowSource?[] Pathological(TableSpecs specs, string digits) =>
        [.. specs.Applications.Select(_ => (RowSource?)new SplitRow(SplitInput.FromText(digits)))];

    private static RowSource?[] FromLeaves(TableSpecs specs, Random random, Func<int, int> applicantFigure)
    {
        var leaves = specs.Roles.Leaves.ToDictionary(l => l, _ => Enumerable.Range(0, 6).Select(c => (decimal)applicantFigure(c)).ToArray());
        var total = Enumerable.Range(0, 6).Select(c => leaves.Values.Sum(v => v[c])).ToArray();
        return [.. specs.Applications.Select((s, r) => s.Key switch
        {
            "new_received" or "total" => total,
            "carried_over" or "carried_forward" => new decimal[6],
            _ => leaves[r],
        }).Select(parts => Row(parts.Append(parts.Sum())))];
    }

    private static SplitRow Row(IEnumerable<decimal> cells) =>
        new SplitRow(SplitInput.FromText(string.Concat(cells.Select(ReportChecker.Format))));
}
