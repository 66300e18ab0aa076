using BenchmarkDotNet.Attributes;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Benchmarks;

/// <summary>
/// Target: check one report in under 1 ms. <c>Check</c> runs C1–C5 and C8 on figures already in memory;
/// the baseline reads the same report from its canonical JSON, which every check of a stored or
/// imported report also pays, so the ratio says how the check compares with merely parsing the report.
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private string _json = "";
    private ReportFigures _figures = null!;

    [Params("random-2019", "demo-2020", "random-2021")]
    public string Report { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _figures = Reports.Named(Report);
        _json = ReportJsonWriter.Write(_figures);
    }

    [Benchmark(Baseline = true, Description = "ReportJsonReader.Read")]
    public ReportFigures Read() => ReportJsonReader.Read(_json);

    [Benchmark(Description = "ReportChecker.Check")]
    public List<Finding> Check() => ReportChecker.Check(_figures);

    [Benchmark(Description = "Read + Check")]
    public List<Finding> ReadAndCheck() => ReportChecker.Check(ReportJsonReader.Read(_json));
}
