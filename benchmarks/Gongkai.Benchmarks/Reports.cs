using Gongkai.Application.Demo;
using Gongkai.Domain.AnnualReports;
using Gongkai.TestSupport;

namespace Gongkai.Benchmarks;

/// <summary>The reports the benchmarks work on: the demo (a real 2020 report) and random valid ones, always from the same seed.</summary>
internal static class Reports
{
    public const int Seed = 20_261_125;

    public static ReportFigures Random(int year, string agency = "基准市某局") => RandomReports.Valid(new Random(Seed + year), year, agency);

    public static ReportFigures Named(string name) => name switch
    {
        "demo-2020" => DemoSeeder.SampleFigures(),
        "random-2019" => Random(2019),
        "random-2021" => Random(2021),
        _ => throw new ArgumentException($"unknown report {name}", nameof(name)),
    };
}
