using Deque.AxeCore.Playwright;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests;

/// <summary>
/// 三同步 as a signer meets it in Chromium (the warning, 签发 refused until 仍然签发 is ticked, the override in the
/// ledger), and the self-check page reached from the workbench, passing axe-core, kept as a screenshot.
/// </summary>
public sealed class SelfCheckJourneyTests
{
    [Fact]
    public async Task ASignerConfirmsPastTheWarningAndTheSelfCheckPageIsReachableAndAccessible()
    {
        await using var session = await BrowserSession.StartAsync(new() { ["Gongkai:Demo:Catalog"] = "true" });
        var staff = await CatalogStaff.ForDemoAsync(session.Factory);
        var policy = await staff.AwaitingSignOffAsync(CatalogStaff.RandomContent(new Random(1431)) with { NeedsInterpretation = true, Column = "政策文件" });

        var signer = await session.SignInAsync(Demo.Signer.User, Demo.Signer.Password);
        await signer.GotoAsync($"/catalog/staff/items/{policy.Id}");
        await Assertions.Expect(signer.Locator("#interpretation-warning")).ToContainTextAsync("三同步");
        await signer.GetByRole(AriaRole.Button, new() { Name = "签发", Exact = true }).ClickAsync();
        await Assertions.Expect(signer.Locator("#message")).ToContainTextAsync("仍然签发");
        await Assertions.Expect(signer.Locator("#status")).ToHaveTextAsync("待签发");
        await signer.Locator("#confirm-without-interpretation").CheckAsync();
        await signer.GetByRole(AriaRole.Button, new() { Name = "签发", Exact = true }).ClickAsync();
        await Assertions.Expect(signer.Locator("#status")).ToHaveTextAsync("已发布");
        await signer.GotoAsync("/catalog/staff/ledger");
        await Assertions.Expect(signer.Locator(".gk-override").First).ToContainTextAsync("仍然签发");

        var editor = await session.SignInAsync(Demo.Editor.User, Demo.Editor.Password);
        await editor.GotoAsync("/catalog/staff");
        await editor.GetByRole(AriaRole.Link, new() { Name = "网站检查自查" }).ClickAsync();
        await Assertions.Expect(editor.Locator("#summary")).ToBeVisibleAsync();
        // The policy just signed off feeds 政策文件 today.
        await Assertions.Expect(editor.Locator("tr[data-column=\"政策文件\"]")).ToHaveAttributeAsync("data-state", "Fresh");
        var failures = new List<string>();
        foreach (var width in new[] { 375, 1280 })
        {
            await editor.SetViewportSizeAsync(width, 900);
            var result = await editor.RunAxe();
            failures.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"@{width}px: {v.Id} ({v.Impact}) {v.Help}"));
        }

        await editor.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Artifacts, "catalog-self-check.png"), FullPage = true });
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
