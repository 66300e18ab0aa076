using System.Text;
using System.Text.Json;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Tests.Rendering;
using Gongkai.TestSupport;

namespace Gongkai.Reading.Tests;

/// <summary>
/// Issue 10 §2: a report of 2018 or before, or one laid out as under the 2008 条例, is <c>pre2019</c> and
/// never forced into a template; the figures it states with one certain meaning are reported as such.
/// </summary>
public sealed class Pre2019Tests
{
    private readonly ReportReader _reader = new();

    [Theory]
    [InlineData("pipe")]
    [InlineData("spaced")]
    [InlineData("html")]
    public void OldFormatReportsArePre2019WithWhatTheyStateForCertain(string form)
    {
        for (var seed = 0; seed < 100; seed++)
        {
            // Years up to 2019: in 2019 the national format was only encouraged, and some kept the old one.
            var report = OldFormatReports.Random(new Random(seed), form, seed % 10 == 0 ? 2019 : null);

            var result = _reader.Read(Encoding.UTF8.GetBytes(report.Text), report.FileName);

            var context = $"{form} seed {seed}: {result.Outcome} {result.Message}";
            Assert.True(result.Outcome == ReadOutcome.Pre2019, context);
            Assert.Null(result.Figures);
            Assert.Equal(report.Year, result.Year);
            Assert.Equal(report.Agency, result.Agency);
            Assert.Equal(report.Received, Stated(result, "applications_received"));
            Assert.Equal(report.Proactive, Stated(result, "proactive_items"));
            Assert.Equal(report.Reconsideration, Stated(result, "reconsideration"));
            Assert.Equal(report.Litigation, Stated(result, "litigation"));
            Assert.Contains("旧格式", result.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheJsonOfAnOldReportCarriesWhatItStates()
    {
        var report = OldFormatReports.Random(new Random(1), "pipe");

        using var json = JsonDocument.Parse(_reader.Read(Encoding.UTF8.GetBytes(report.Text), "old.txt").ToJson());

        Assert.Equal("pre2019", json.RootElement.GetProperty("outcome").GetString());
        var received = json.RootElement.GetProperty("stated").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "applications_received");
        Assert.Equal(report.Received, received.GetProperty("value").GetDecimal());
        Assert.Contains("收到", received.GetProperty("quote").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void StatementsThatDisagreeAreNotTaken()
    {
        var report = OldFormatReports.Random(new Random(2), "pipe");
        var text = report.Text.Replace($"| （一）收到申请数 | 件 | {report.Received} |", $"| （一）收到申请数 | 件 | {report.Received + 1} |", StringComparison.Ordinal);

        var result = _reader.Read(Encoding.UTF8.GetBytes(text), "old.txt");

        Assert.Equal(ReadOutcome.Pre2019, result.Outcome);
        Assert.Null(Stated(result, "applications_received"));
        Assert.Contains(result.Findings, f => f.Rule == RuleCodes.StatedConflict && f.Message.Contains("收到政府信息公开申请", StringComparison.Ordinal));
    }

    /// <summary>A 2018 report printed in the 2019 layout: its tables fit the template, but 2018 had no template to fit.</summary>
    [Theory]
    [InlineData("pipe")]
    [InlineData("html")]
    [InlineData("line-broken")]
    public void A2018ReportInThe2019LayoutIsPre2019(string form)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var source = RoundTrip.Report(seed * 2).Figures;
            var figures = new ReportFigures(ReportTemplate.ById("2019")!, 2018, source.Agency);
            foreach (var cell in source.Template.Cells)
            {
                figures[cell] = source[cell];
                figures.SetText(cell, source.Text(cell));
            }

            var received = (int)figures.Application("new_received", 6)!.Value;
            var narrative = new ReportNarrative { OverviewProactive = "全面推进政务公开。", OverviewOnRequest = $"本年度共收到政府信息公开申请{received}件，均按时答复。" };
            var (bytes, name) = ReportForms.Render(form, new ReportDocument(figures, narrative), new Random(seed));

            var result = _reader.Read(bytes, name);

            Assert.True(result.Outcome == ReadOutcome.Pre2019, $"{form} seed {seed}: {result.Outcome} {result.Message}");
            Assert.Null(result.Figures);
            Assert.Equal(2018, result.Year);
            Assert.Contains("2018年度", result.Message, StringComparison.Ordinal);
            Assert.Equal(received, Stated(result, "applications_received"));
        }
    }

    private static decimal? Stated(ReadResult result, string key) => result.Stated.SingleOrDefault(s => s.Key == key)?.Value;
}
