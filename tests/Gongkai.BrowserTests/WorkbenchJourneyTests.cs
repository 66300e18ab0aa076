using System.IO.Compression;
using Gongkai.Application.Accounts;
using Gongkai.Application.AnnualReports;
using Gongkai.Application.Demo;
using Gongkai.Domain.AnnualReports;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests;

/// <summary>
/// The whole journey in a real browser: sign in, break C1 in a cell and see the message at the cell,
/// correct it, save and submit; the reviewer publishes; the Word file downloads.
/// </summary>
public sealed class WorkbenchJourneyTests
{
    [Fact]
    public async Task AnEditorSeesC1AtTheCellCorrectsItAndTheReviewerPublishesTheWordFileDownloads()
    {
        await using var session = await BrowserSession.StartAsync();
        var reportId = await ZeroDraftAsync(session, 2023);

        var editor = await session.SignInAsync(Demo.Editor.User, Demo.Editor.Password);
        await editor.GetByRole(AriaRole.Link, new() { Name = "打开" }).First.WaitForAsync();
        await editor.GotoAsync($"/workbench/reports/{reportId}");
        await Assertions.Expect(editor.Locator("#error-count")).ToHaveTextAsync("0");

        await Cell(editor, "applications.new_received[0]").FillAsync("5");
        var totalCell = editor.Locator("td[data-path=\"applications.total[0]\"]");
        await Assertions.Expect(totalCell).ToHaveAttributeAsync("data-state", "error");
        await Assertions.Expect(totalCell.Locator(".gk-msg")).ToContainTextAsync("C1 自然人：一+二 (5) ≠ 三（七）总计 (0) + 四 (0)");
        await Assertions.Expect(editor.Locator("td[data-path=\"applications.carried_forward[0]\"] .gk-computed")).ToHaveTextAsync("计算 5");
        await editor.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Artifacts, "workbench.png"), FullPage = true });

        foreach (var (path, value) in new[] { ("applications.granted[0]", "5"), ("applications.total[0]", "5"), ("applications.new_received[6]", "5"), ("applications.granted[6]", "5"), ("applications.total[6]", "5") })
        {
            await Cell(editor, path).FillAsync(value);
        }

        await Assertions.Expect(editor.Locator("#error-count")).ToHaveTextAsync("0");
        await Assertions.Expect(totalCell).Not.ToHaveAttributeAsync("data-state", "error");
        await editor.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
        await editor.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Assertions.Expect(editor.Locator("#status")).ToHaveTextAsync("待审核");

        var reviewer = await session.SignInAsync(Demo.Reviewer.User, Demo.Reviewer.Password);
        await reviewer.GotoAsync($"/workbench/reports/{reportId}");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "审核发布" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("#status")).ToHaveTextAsync("已发布");

        await reviewer.GetByRole(AriaRole.Link, new() { Name = "公开页面" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("#sha256")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f]{64}$"));
        var download = await reviewer.RunAndWaitForDownloadAsync(() => reviewer.GetByRole(AriaRole.Link, new() { Name = "Word" }).ClickAsync());
        var docx = Path.Combine(BrowserSession.Artifacts, "published-report.docx");
        await download.SaveAsAsync(docx);
        Assert.EndsWith(".docx", download.SuggestedFilename);
        using var zip = ZipFile.OpenRead(docx);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains("根河市城市管理综合执法局2023年政府信息公开工作年度报告", xml);
    }

    [Fact]
    public async Task TheReportPageShowsChineseTextAndChartsWithoutScript()
    {
        await using var session = await BrowserSession.StartAsync();
        var context = await session.Browser.NewContextAsync(new() { JavaScriptEnabled = false, BaseURL = session.BaseUrl, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "查看2020年度报告" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "根河市城市管理综合执法局2020年政府信息公开工作年度报告" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg.gk-chart")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("td[data-path=\"proactive.penalty.prev_items\"]")).ToHaveTextAsync("472");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Artifacts, "public-report.png"), FullPage = true });
    }

    private static ILocator Cell(IPage page, string path) => page.Locator($"input[name=\"cell:{path}\"]");

    private static async Task<int> ZeroDraftAsync(BrowserSession session, int year)
    {
        await using var scope = session.Factory.Services.CreateAsyncScope();
        var agency = await Demo.DepartmentIdAsync(session.Factory);
        var editor = new StaffContext(Demo.Editor.User, agency, new HashSet<string> { StaffRoles.Editor });
        var commands = scope.ServiceProvider.GetRequiredService<ReportCommands>();
        var report = await commands.ImportAsync(editor, agency, ReportJsonWriter.Write(ReportFigures.Zero(year, DemoSeeder.DemoDepartment)));
        return report.Id;
    }
}
