using Gongkai.Domain.AnnualReports;
using Gongkai.TestSupport;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed class CrossYearAndAggregationTests
{
    [Fact]
    public void C6FlagsACarryOverThatIsNotLastYearsCarryForward()
    {
        var last = ReportFigures.Zero(2021);
        last.SetApplicationRow("carried_forward", 2, 1, 0, 0, 0, 0, 3);
        var now = ReportFigures.Zero(2022);
        now.SetApplicationRow("carried_over", 2, 0, 0, 0, 0, 0, 2);

        var c6 = CrossYearChecks.Check(now, last).Where(f => f.Rule == "C6").ToList();

        Assert.Equal(["applications.carried_over[1]", "applications.carried_over[6]"], c6.Select(f => f.Where));
        Assert.Contains("2021年度报告 四、结转下年度继续办理 (1)", c6[0].Message);
    }

    [Fact]
    public void C6ComparesAcrossTheChangeOfFormat()
    {
        var last = ReportFigures.Zero(2020);
        last.SetApplicationRow("carried_forward", 4, 0, 0, 0, 0, 0, 4);
        var now = ReportFigures.Zero(2021);
        now.SetApplicationRow("carried_over", 4, 0, 0, 0, 0, 0, 4);
        Assert.Empty(CrossYearChecks.Check(now, last));
    }

    [Fact]
    public void C7WarnsWhenDocumentsInForceDoNotFollowFromLastYear()
    {
        var last = ReportFigures.Zero(2022);
        last["proactive.normative_documents.in_force"] = 10;
        var now = ReportFigures.Zero(2023);
        now["proactive.normative_documents.issued"] = 3;
        now["proactive.normative_documents.repealed"] = 1;
        now["proactive.normative_documents.in_force"] = 13;
        var finding = Assert.Single(CrossYearChecks.Check(now, last));
        Assert.Equal(("C7", FindingSeverity.Warning), (finding.Rule, finding.Severity));
        now["proactive.normative_documents.in_force"] = 12;
        Assert.Empty(CrossYearChecks.Check(now, last));
    }

    [Fact]
    public void ReportsOfYearsThatDoNotFollowEachOtherAreNotCompared()
    {
        var last = ReportFigures.Zero(2020);
        last.SetApplicationRow("carried_forward", 4, 0, 0, 0, 0, 0, 4);
        Assert.Empty(CrossYearChecks.Check(ReportFigures.Zero(2022), last));
    }

    [Fact]
    public void AggregationSumsEveryCellAndStaysConsistent()
    {
        var random = new Random(7);
        var parts = Enumerable.Range(0, 25).Select(_ => RandomReports.Valid(random, 2022)).ToList();

        var sum = ReportAggregator.Sum(2022, "某市人民政府", parts);

        Assert.Equal("某市人民政府", sum.Agency);
        foreach (var cell in sum.Template.Cells)
        {
            Assert.Equal(parts.Sum(p => p[cell]), sum[cell]);
        }

        Assert.Empty(ReportChecker.Check(sum));
    }

    [Fact]
    public void AggregationKeepsBlanksBlankAndSumsAmountsInWan()
    {
        var a = ReportFigures.Blank(2020);
        a.SetProcurementAmount("251000元");
        a["applications.granted[0]"] = 2;
        var b = ReportFigures.Blank(2020);
        b.SetProcurementAmount("10万元");

        var sum = ReportAggregator.Sum(2020, "某市人民政府", [a, b]);

        Assert.Equal(35.1m, sum["proactive.procurement.amount_wan"]);
        Assert.Equal("35.1万元", sum.Text(sum.Template.ProactiveCell("procurement", "amount_text")));
        Assert.Equal(2, sum["applications.granted[0]"]);
        Assert.Null(sum["applications.granted[1]"]);
    }

    [Fact]
    public void AggregationRefusesReportsOfAnotherYear() =>
        Assert.Throws<ArgumentException>(() => ReportAggregator.Sum(2022, "x", [ReportFigures.Zero(2021)]));
}
