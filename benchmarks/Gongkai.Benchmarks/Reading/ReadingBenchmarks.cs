using System.Text;
using BenchmarkDotNet.Attributes;
using Gongkai.Domain.AnnualReports;
using Gongkai.Reading;
using Gongkai.Reading.Tests.Rendering;

namespace Gongkai.Benchmarks.Reading;

/// <summary>
/// Target: at least 500 text or HTML reports per second per core (“converted-pdf”: text converted from
/// PDFs whose labels and figure rows came apart, read by placement, issue 10 §1). Each operation reads 50 different
/// random reports of one form (both templates, 2019–2025) with <see cref="ReportReader"/> on one thread,
/// extraction to findings; the time shown is per report. The baseline decodes the same bytes as UTF-8
/// and splits them into lines, the least any reader of these files does.
/// </summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private const int Files = 50;
    private readonly ReportReader _reader = new();
    private (byte[] Content, string FileName)[] _files = [];

    [Params("pipe", "html", "portal-html", "run-together", "line-broken", "converted-pdf")]
    public string Form { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(Reports.Seed);
        _files = [.. Enumerable.Range(0, Files).Select(i => ReportForms.Render(Form, ReportForms.Report(random, 2019 + (i % 7)), random))];
        var unread = _files.Select(f => _reader.Read(f.Content, f.FileName)).Count(r => r.Outcome != ReadOutcome.Read || r.Stats.CellsRead == 0);
        if (unread > 0)
        {
            throw new InvalidOperationException($"{unread} of {Files} {Form} reports were not read: the benchmark would measure failures");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Files, Description = "UTF-8 decode + split lines")]
    public int Decode()
    {
        var lines = 0;
        foreach (var (content, _) in _files)
        {
            lines += Encoding.UTF8.GetString(content).Split('\n').Length;
        }

        return lines;
    }

    /// <summary>C12 alone (extract the figures the text states, compare them with the tables) on the reports as read: its share of a reading.</summary>
    public int ProseCheck()
    {
        _read ??= [.. _files.Select(f => _reader.Read(f.Content, f.FileName))];
        return _read.Sum(r => ProseChecks.Check(r.Figures!, r.Text.Parts).Count);
    }

    private ReadResult[]? _read;

    [Benchmark(OperationsPerInvoke = Files, Description = "ReportReader.Read")]
    public int Read()
    {
        var cells = 0;
        foreach (var (content, name) in _files)
        {
            cells += _reader.Read(content, name).Stats.CellsRead;
        }

        return cells;
    }
}
