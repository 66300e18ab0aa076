using Microsoft.Playwright;

namespace Gongkai.BrowserTests;

/// <summary>年报体检 in a real browser: upload the published sample, see its tables redrawn and its notes.</summary>
public sealed class CheckupJourneyTests
{
    [Fact]
    public async Task ASupervisorUploadsAPublishedReportAndSeesItRedrawnWithItsNotes()
    {
        await using var session = await BrowserSession.StartAsync();
        var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseUrl, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "年报体检" }).ClickAsync();
        await page.GetByLabel("报告文件").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "genhe-urban-management-2020-report.txt"));
        await page.GetByRole(AriaRole.Button, new() { Name = "读取并检查" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "根河市城市管理综合执法局2020年政府信息公开工作年度报告" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("td[data-path=\"proactive.penalty.decisions\"]")).ToHaveTextAsync("5");
        await Assertions.Expect(page.Locator("#findings")).ToContainTextAsync("第二十条第(一项)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Artifacts, "checkup.png"), FullPage = true });
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "下载数据（JSON）" }).ClickAsync());
        Assert.EndsWith(".json", download.SuggestedFilename);
    }
}
