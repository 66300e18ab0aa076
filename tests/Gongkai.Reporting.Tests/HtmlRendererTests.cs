using Gongkai.Application.AnnualReports.Export;
using Gongkai.Application.AnnualReports.Export.Html;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Reporting.Tests;

public sealed class HtmlRendererTests
{
    [Fact]
    public void TheHtmlExportCarriesTitleHeadingsAndFigures()
    {
        var figures = ReportFigures.Zero(2021, "某市某局");
        figures.SetApplicationRow("granted", 3, 0, 0, 0, 0, 0, 3);
        var html = HtmlReportRenderer.RenderDocument(new ReportDocument(figures, new ReportNarrative { Problems = "一是……\n二是……" }));
        Assert.Contains("<title>某市某局2021年政府信息公开工作年度报告</title>", html);
        Assert.Contains("<h2>五、存在的主要问题及改进情况</h2>\n<p>一是……</p>\n<p>二是……</p>", html);
        Assert.Contains("data-path=\"applications.granted[0]\">3</td>", html);
        Assert.Contains("<th rowspan=\"3\" colspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>", html);
    }
}
