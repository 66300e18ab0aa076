using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed class ReportTemplateTests
{
    [Theory]
    [InlineData(2019, "2019")]
    [InlineData(2020, "2019")]
    [InlineData(2021, "2021")]
    [InlineData(2025, "2021")]
    [InlineData(2030, "2021")]
    public void TheFormatFollowsFromTheReportYear(int year, string expected) =>
        Assert.Equal(expected, ReportTemplate.ForYear(year).Id);

    [Fact]
    public void YearsBefore2019HaveNoUnifiedFormat()
    {
        var ex = Assert.Throws<UnsupportedReportYearException>(() => ReportTemplate.ForYear(2018));
        Assert.Contains("2018年度没有统一的年度报告格式", ex.Message);
    }

    [Theory]
    [InlineData("2019", 23, 19)]
    [InlineData("2021", 25, 21)]
    public void TableThreeHasTheOfficialNumberOfRowsAndLeaves(string id, int rows, int leaves)
    {
        var template = ReportTemplate.ById(id)!;
        Assert.Equal(rows, template.ApplicationRows.Count);
        Assert.Equal(leaves, template.OutcomeLeaves.Count());
    }

    [Fact]
    public void TheTwoFormatsDifferWhereDomainSaysTheyDo()
    {
        var v2019 = ReportTemplate.ById("2019")!;
        var v2021 = ReportTemplate.ById("2021")!;
        Assert.Equal(["规章", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购"],
            v2019.ProactiveRows.Select(r => r.Label));
        Assert.Equal(["规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"],
            v2021.ProactiveRows.Select(r => r.Label));
        Assert.Equal(["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项"],
            v2019.Proactive.Select(g => g.Caption));
        Assert.Equal("本年收费金额（单位：万元）", v2021.ProactiveRows.Last().Fields.Single().Label);
        Assert.True(v2019.HasApplicationRow("other"));
        Assert.False(v2021.HasApplicationRow("other"));
        Assert.Equal("（六）其他处理", v2021.ApplicationRow("other_no_fee").Group);
    }

    [Fact]
    public void LabelsAreTheExactOfficialWords()
    {
        var template = ReportTemplate.ForYear(2021);
        Assert.Equal("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", template.ApplicationRow("partially_granted").Label);
        Assert.Equal("3.危及“三安全一稳定”", template.ApplicationRow("withheld_three_safety").Label);
        Assert.Equal(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"], template.ApplicantColumns);
        Assert.Equal(["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"],
            template.Sections.Select(s => s.Heading));
    }

    [Theory]
    [InlineData("2019")]
    [InlineData("2021")]
    public void EveryCellHasAUniquePathThatLeadsBackToIt(string id)
    {
        var template = ReportTemplate.ById(id)!;
        Assert.Equal(template.Cells.Count, template.Cells.Select(c => c.Path).Distinct().Count());
        Assert.All(template.Cells, cell => Assert.Same(cell, template.Cell(cell.Path)));
        Assert.Equal(template.ApplicationRows.Count * 7 + 15, template.Cells.Count(c => c.Section != CellSection.Proactive));
    }
}
