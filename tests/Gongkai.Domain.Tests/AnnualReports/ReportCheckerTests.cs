using Gongkai.Domain.AnnualReports;
using Gongkai.TestSupport;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed class ReportCheckerTests
{
    [Theory]
    [InlineData(2020)]
    [InlineData(2023)]
    public void AnAllZeroReportPassesEveryCheck(int year) => Assert.Empty(ReportChecker.Check(ReportFigures.Zero(year, "某局")));

    [Theory]
    [InlineData(2019)]
    [InlineData(2020)]
    [InlineData(2021)]
    [InlineData(2024)]
    public void RandomConsistentReportsPassEveryCheck(int year)
    {
        var random = new Random(year);
        for (var i = 0; i < 200; i++)
        {
            Assert.Empty(ReportChecker.Check(RandomReports.Valid(random, year)));
        }
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2022)]
    public void C1FlagsAColumnWhoseInflowDoesNotEqualOutflow(int year)
    {
        var figures = ReportFigures.Zero(year);
        figures.SetApplicationRow("new_received", 12, 0, 0, 0, 0, 0, 12);
        figures.SetApplicationRow("granted", 10, 0, 0, 0, 0, 0, 10);
        figures.SetApplicationRow("total", 10, 0, 0, 0, 0, 0, 10);
        figures.SetApplicationRow("carried_forward", 1, 0, 0, 0, 0, 0, 1);

        var findings = ReportChecker.Check(figures);

        Assert.Equal(["applications.total[0]", "applications.total[6]"], findings.Where(f => f.Rule == "C1").Select(f => f.Where));
        Assert.Contains(findings, f => f.Rule == "C1" && f.Message == "总计：一+二 (12) ≠ 三（七）总计 (10) + 四 (1)");
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2021)]
    public void C2FlagsARowWhoseTotalIsNotTheSumOfItsApplicants(int year)
    {
        var figures = ReportFigures.Zero(year);
        figures.SetApplicationRow("granted", 3, 1, 0, 0, 0, 0, 5);
        var c2 = ReportChecker.Check(figures).Where(f => f.Rule == "C2").ToList();
        Assert.Equal("applications.granted[6]", Assert.Single(c2).Where);
        Assert.Contains("总计 (5) ≠ 自然人至其他六列之和 (4)", c2[0].Message);
    }

    [Theory]
    [InlineData(2019, "other")]
    [InlineData(2021, "other_other")]
    public void C3FlagsATotalRowThatIsNotTheSumOfTheLeaves(int year, string lastLeaf)
    {
        var figures = ReportFigures.Zero(year);
        figures.SetApplicationRow("new_received", 2, 0, 0, 0, 0, 0, 2);
        figures.SetApplicationRow(lastLeaf, 1, 0, 0, 0, 0, 0, 1);
        figures.SetApplicationRow("total", 2, 0, 0, 0, 0, 0, 2);
        var c3 = ReportChecker.Check(figures).Where(f => f.Rule == "C3").ToList();
        Assert.Equal(["applications.total[0]", "applications.total[6]"], c3.Select(f => f.Where));
        Assert.Contains("（七）总计 (2) ≠ 各项办理结果之和 (1)", c3[0].Message);
    }

    [Theory]
    [InlineData(2019)]
    [InlineData(2021)]
    public void C4FlagsMoreOutcomesThanApplications(int year)
    {
        var figures = ReportFigures.Zero(year);
        figures.SetApplicationRow("new_received", 1, 0, 0, 0, 0, 0, 1);
        figures.SetApplicationRow("granted", 1, 0, 0, 0, 0, 0, 1);
        figures.SetApplicationRow("partially_granted", 1, 0, 0, 0, 0, 0, 1);
        figures.SetApplicationRow("total", 2, 0, 0, 0, 0, 0, 2);
        var rules = ReportChecker.Check(figures).Select(f => f.Rule).ToList();
        Assert.Contains("C4", rules);
        Assert.Contains("C1", rules);
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2022)]
    public void C5FlagsAnAppealTotalThatIsNotTheSumOfItsResults(int year)
    {
        var figures = ReportFigures.Zero(year);
        figures.SetAppealGroup("litigation_direct", 1, 1, 0, 1, 2);
        var finding = Assert.Single(ReportChecker.Check(figures));
        Assert.Equal(("C5", "appeals.litigation_direct[4]"), (finding.Rule, finding.Where));
        Assert.StartsWith("行政诉讼（未经复议直接起诉）：总计 (2)", finding.Message);
    }

    [Fact]
    public void C8RefusesANegativeFeeAmountIn2021()
    {
        var figures = ReportFigures.Zero(2021);
        figures["proactive.fees.amount_wan"] = 12.5m;
        Assert.Empty(ReportChecker.Check(figures));
        figures["proactive.fees.amount_wan"] = -1m;
        figures["proactive.rules.in_force"] = 2.5m;
        Assert.Equal(["proactive.rules.in_force", "proactive.fees.amount_wan"], ReportChecker.Check(figures).Select(f => f.Where));
    }

    [Fact]
    public void C8RefusesNegativeAndFractionalCountsButAllowsANegativeChange()
    {
        var figures = ReportFigures.Zero(2020);
        figures["proactive.licensing.change"] = -3;
        figures["proactive.rules.made"] = -1;
        figures["appeals.reconsideration[0]"] = 1.5m;
        figures["appeals.reconsideration[4]"] = 1.5m;
        var c8 = ReportChecker.Check(figures).Where(f => f.Rule == "C8").ToList();
        Assert.Equal(["proactive.rules.made", "appeals.reconsideration[0]", "appeals.reconsideration[4]"], c8.Select(f => f.Where));
        Assert.Contains("应为非负整数，填写的是 -1", c8[0].Message);
    }

    [Fact]
    public void C8ChecksThatTheProcurementAmountIsAnAmountWithItsUnit()
    {
        var figures = ReportFigures.Zero(2020);
        figures.SetProcurementAmount("三百万");
        Assert.Contains(ReportChecker.Check(figures), f => f is { Rule: "C8", Severity: FindingSeverity.Error, Where: "proactive.procurement.amount_text" });
        figures.SetProcurementAmount("343.98");
        Assert.Contains(ReportChecker.Check(figures), f => f is { Rule: "C8", Severity: FindingSeverity.Warning } && f.Message.Contains("未注明单位"));
        figures.SetProcurementAmount("251000元");
        Assert.Equal(25.1m, figures["proactive.procurement.amount_wan"]);
        Assert.Empty(ReportChecker.Check(figures));
        figures["proactive.procurement.amount_wan"] = 30m;
        Assert.Contains(ReportChecker.Check(figures), f => f.Where == "proactive.procurement.amount_wan");
    }

    [Fact]
    public void BlankCellsAreWarnedAboutNotSummed()
    {
        var figures = ReportFigures.Zero(2021);
        figures["applications.granted[3]"] = null;
        var findings = ReportChecker.Check(figures);
        var blank = Assert.Single(findings);
        Assert.Equal((FindingSeverity.Warning, "applications.granted[3]"), (blank.Severity, blank.Where));
        Assert.Empty(ReportChecker.Check(figures, new CheckOptions(FlagBlanks: false)));
    }

    [Fact]
    public void AReportInTheWrongFormatForItsYearIsAnError()
    {
        var figures = new ReportFigures(ReportTemplate.ById("2021")!, 2020);
        var finding = Assert.Single(ReportChecker.Check(figures, new CheckOptions(false)));
        Assert.Equal("TEMPLATE", finding.Rule);
        Assert.Contains("2020年度报告应使用2019年格式", finding.Message);
    }
}
