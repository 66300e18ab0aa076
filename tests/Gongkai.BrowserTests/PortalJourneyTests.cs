using Deque.AxeCore.Playwright;
using Gongkai.Application.Demo;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests;

/// <summary>
/// The catalog in a real browser: an item drafted, reviewed (each finding acknowledged), signed off, then on
/// the portal and found by search; every portal page passes axe-core with no serious or critical violation;
/// screenshots of the portal's front and an item page are kept.
/// </summary>
public sealed class PortalJourneyTests
{
    [Fact]
    public async Task AnItemGoesFromDraftThroughReviewToThePortalAndIsFoundBySearch()
    {
        await using var session = await BrowserSession.StartAsync();
        var editor = await session.SignInAsync(Demo.Editor.User, Demo.Editor.Password);
        await editor.GotoAsync("/catalog/staff");
        await editor.GetByRole(AriaRole.Link, new() { Name = "登记新信息" }).ClickAsync();
        await editor.GetByLabel("名称（必填）").FillAsync("关于规范城区户外广告设置的通告");
        await editor.GetByLabel("文号").FillAsync("根城管发〔2026〕21号");
        await editor.GetByLabel("主题分类").SelectOptionAsync("城乡建设、环境保护");
        await editor.GetByLabel("正文（可粘贴 HTML；纯文本每行一段；脚本、事件和外部框架会被清除）").FillAsync("为规范户外广告设置，现通告如下。\n联系人手机 13912345678。");
        await editor.GetByRole(AriaRole.Button, new() { Name = "保存为草稿" }).ClickAsync();
        await Assertions.Expect(editor.Locator("#status")).ToHaveTextAsync("草稿");
        await editor.GetByRole(AriaRole.Button, new() { Name = "提交保密审查" }).ClickAsync();
        await Assertions.Expect(editor.Locator("#status")).ToHaveTextAsync("待保密审查");
        var itemUrl = editor.Url;

        var reviewer = await session.SignInAsync(Demo.Reviewer.User, Demo.Reviewer.Password);
        await reviewer.GotoAsync(itemUrl);
        await Assertions.Expect(reviewer.Locator("#findings li")).ToHaveCountAsync(1);
        await Assertions.Expect(reviewer.Locator("#findings li")).ToContainTextAsync("手机号码");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("#findings li")).ToContainTextAsync("已确认");
        await reviewer.GetByLabel("审查意见").FillAsync("联系电话为办公用途，同意公开");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "保密审查通过" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("#status")).ToHaveTextAsync("待签发");

        var signer = await session.SignInAsync(Demo.Signer.User, Demo.Signer.Password);
        await signer.GotoAsync(itemUrl);
        await signer.GetByRole(AriaRole.Button, new() { Name = "签发", Exact = true }).ClickAsync();
        await Assertions.Expect(signer.Locator("#status")).ToHaveTextAsync("已发布");

        var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseUrl, Locale = "zh-CN", JavaScriptEnabled = false });
        var visitor = await context.NewPageAsync();
        var home = await visitor.GotoAsync("/catalog");
        Assert.True(home!.Ok, $"/catalog answered {home.Status}: {await visitor.ContentAsync()}");
        await visitor.GetByLabel("搜索政府信息").FillAsync("户外廣告");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        await Assertions.Expect(visitor.Locator("#results li")).ToHaveCountAsync(1);
        await Assertions.Expect(visitor.Locator("#results mark").First).ToHaveTextAsync("户外广告");
        await visitor.Locator("#results a").First.ClickAsync();
        await Assertions.Expect(visitor.Locator("#item-title")).ToHaveTextAsync("关于规范城区户外广告设置的通告");
        await Assertions.Expect(visitor.Locator("#index-no")).ToHaveTextAsync($"{DemoSeeder.DemoCreditCode}/2026-00001");
        await visitor.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Artifacts, "portal-item.png"), FullPage = true });
        await visitor.GotoAsync("/catalog");
        await visitor.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Artifacts, "portal-home.png"), FullPage = true });
    }

    [Fact]
    public async Task EveryPortalPagePassesAxeWithNoSeriousOrCriticalViolation()
    {
        // With the demo catalog: full lists, paging, facets, 政策解读 links and a repealed item, as a visitor sees them.
        await using var session = await BrowserSession.StartAsync(new() { ["Gongkai:Demo:Catalog"] = "true" });
        var staff = await CatalogStaff.ForDemoAsync(session.Factory);
        var random = new Random(51);
        var policy = await staff.PublishAsync(CatalogStaff.RandomContent(random) with { NeedsInterpretation = true }, confirm: true);
        await staff.PublishAsync(CatalogStaff.RandomContent(random) with { InterpretsItemId = policy.Id, Column = "政策解读" });
        var agency = staff.AgencyId;
        string[] pages =
        [
            "/catalog", $"/catalog/{agency}", $"/catalog/{agency}/guide", $"/catalog/{agency}/items", $"/catalog/{agency}/items?year=2025",
            $"/catalog/items/{policy.Id}", "/catalog/search", "/catalog/search?q=城管", "/catalog/search?q=清雪", $"/catalog/{agency}/items?page=2", "/", $"/reports/{agency}/2020",
        ];
        var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseUrl, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        foreach (var width in new[] { 375, 1280 })
        {
            await page.SetViewportSizeAsync(width, 900);
            foreach (var url in pages)
            {
                await page.GotoAsync(url);
                var result = await page.RunAxe();
                failures.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"{url} @{width}px: {v.Id} ({v.Impact}) {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}"));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
