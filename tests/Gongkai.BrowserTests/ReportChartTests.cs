using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.BrowserTests;

/// <summary>The published report as a citizen sees it: the title first, and no two texts of a chart overlapping, on a phone and on a desktop.</summary>
public sealed class ReportChartTests
{
    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task TheTitleComesFirstAndNoTwoTextBoxesOfAChartIntersect(int width)
    {
        await using var session = await BrowserSession.StartAsync();
        var agency = await Demo.DepartmentIdAsync(session.Factory);
        var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/reports/{agency}/2020");

        var firstText = await page.Locator("main").EvaluateAsync<string>("m => m.querySelector('h1, h2, p, div').textContent.trim()");
        Assert.Equal("根河市城市管理综合执法局2020年政府信息公开工作年度报告", firstText);
        var charts = page.Locator("svg.gk-chart");
        Assert.Equal(2, await charts.CountAsync());
        for (var c = 0; c < 2; c++)
        {
            var boxes = await charts.Nth(c).EvaluateAsync<double[][]>(
                "svg => [...svg.querySelectorAll('text')].map(t => { const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })");
            Assert.True(boxes.Length >= 2, $"chart {c} has {boxes.Length} texts");
            for (var i = 0; i < boxes.Length; i++)
            {
                for (var j = i + 1; j < boxes.Length; j++)
                {
                    var (a, b) = (boxes[i], boxes[j]);
                    var overlap = a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5;
                    Assert.False(overlap, $"chart {c} at {width}px: text {i} [{string.Join(", ", a)}] overlaps text {j} [{string.Join(", ", b)}]");
                }
            }

            var legible = await charts.Nth(c).EvaluateAsync<double>("svg => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width");
            Assert.True(legible >= 0.99, $"chart {c} is scaled to {legible:0.00} of its size at {width}px");
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Artifacts, $"report-{width}.png"), FullPage = true });
    }
}
