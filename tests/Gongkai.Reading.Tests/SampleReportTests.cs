using System.Text.Json;
using Gongkai.Domain.AnnualReports;
using Xunit.Abstractions;

namespace Gongkai.Reading.Tests;

/// <summary>The real 根河 2020 report: Traditional, | separators, a “?” caption and a typo in a caption.</summary>
public sealed class SampleReportTests(ITestOutputHelper output)
{
    [Fact]
    public void TheSampleReadsBackToExactlyItsFigures()
    {
        var result = new ReportReader().Read(File.ReadAllBytes(RepoFiles.SamplePath), "genhe.txt");
        foreach (var finding in result.Findings)
        {
            output.WriteLine($"{finding.Rule} {finding.Severity} {finding.Where}: {finding.Message}");
        }

        Assert.Equal(ReadOutcome.Read, result.Outcome);
        var expected = ReportJsonReader.Read(File.ReadAllText(RepoFiles.DemoData("genhe-2020.json")));
        Assert.Equal(ReportJsonWriter.Write(expected), ReportJsonWriter.Write(result.Figures!));
        Assert.Equal("根河市城市管理综合执法局", result.Agency);
        Assert.Equal(new ReadStatistics(result.Figures!.Template.Cells.Count - 1, 0, 0), result.Stats);
    }

    [Fact]
    public void TheQuestionMarkCaptionAndTheTypoAreNoted()
    {
        var result = new ReportReader().Read(File.ReadAllBytes(RepoFiles.SamplePath), "genhe.txt");

        Assert.Contains(result.Findings, f => f.Rule == RuleCodes.Unreadable && f.Message.Contains("第二十条第（六）项", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Rule == RuleCodes.Wording && f.Message.Contains("第二十条第(一项)", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void TheSampleJsonCarriesTheFindings()
    {
        var json = new ReportReader().Read(File.ReadAllBytes(RepoFiles.SamplePath), "genhe.txt").ToJson();

        using var document = JsonDocument.Parse(json);
        Assert.Equal("2019", document.RootElement.GetProperty("template").GetString());
        Assert.Equal(2020, document.RootElement.GetProperty("year").GetInt32());
        Assert.Equal("343.98万元", document.RootElement.GetProperty("proactive").GetProperty("procurement").GetProperty("amount_text").GetString());
        Assert.True(document.RootElement.GetProperty("findings").GetArrayLength() >= 2);
    }
}
