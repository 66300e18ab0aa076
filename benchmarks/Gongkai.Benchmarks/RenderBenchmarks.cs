using BenchmarkDotNet.Attributes;
using Gongkai.Application.Demo;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Application.AnnualReports.Export.Docx;
using Gongkai.Application.AnnualReports.Export.Html;
using Gongkai.Application.AnnualReports.Export.Xlsx;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Benchmarks;

/// <summary>
/// Targets: DOCX under 100 ms, HTML under 10 ms. Each export builds its <see cref="ReportDocument"/>
/// (the table layout) and renders it, as <see cref="ReportExporter"/> does; the baseline writes the
/// same figures as canonical JSON, the cheapest export, so the ratios say what each format costs beyond it.
/// Both reports carry the demo's narrative text (about 1,500 characters), so the text sections weigh as in a real report.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private ReportFigures _figures = null!;
    private ReportNarrative _narrative = null!;

    [Params("demo-2020", "random-2021")]
    public string Report { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _figures = Reports.Named(Report);
        _narrative = DemoSeeder.SampleNarrative();
    }

    [Benchmark(Baseline = true, Description = "JSON")]
    public byte[] Json() => ReportJsonWriter.WriteUtf8(Document().Figures);

    [Benchmark(Description = "HTML")]
    public string Html() => HtmlReportRenderer.RenderDocument(Document());

    [Benchmark(Description = "DOCX")]
    public byte[] Docx() => DocxReportRenderer.Render(Document());

    [Benchmark(Description = "XLSX")]
    public byte[] Xlsx() => XlsxReportRenderer.Render(Document());

    private ReportDocument Document() => new(_figures, _narrative, version: 1);
}
