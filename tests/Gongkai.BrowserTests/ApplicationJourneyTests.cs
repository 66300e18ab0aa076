using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests;

/// <summary>
/// 依申请公开 in a real browser: a citizen applies on a phone-sized screen without JavaScript, the office signs
/// for it, accepts it, drafts the answer, the reviewer approves, the office answers; the citizen sees the
/// answer with the query code. Screenshots of the work list and the timeline are kept as artefacts.
/// </summary>
public sealed class ApplicationJourneyTests
{
    [Fact]
    public async Task ACitizenAppliesTheOfficeDecidesAndTheCitizenSeesTheAnswerWithTheQueryCode()
    {
        await using var session = await BrowserSession.StartAsync();
        var phone = await session.Browser.NewContextAsync(new()
        {
            BaseURL = session.BaseUrl, Locale = "zh-CN", JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 },
        });
        var citizen = await phone.NewPageAsync();
        await citizen.GotoAsync("/");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "申请公开" }).ClickAsync();
        await citizen.GetByLabel("受理机关").SelectOptionAsync(new SelectOptionValue { Label = "根河市城市管理综合执法局" });
        await citizen.GetByLabel("自然人", new() { Exact = true }).CheckAsync();
        await citizen.GetByLabel("姓名或者名称").FillAsync("王某某");
        await citizen.GetByLabel("身份证明号码").FillAsync("15078519800101002" + Check("15078519800101002"));
        await citizen.GetByLabel("联系电话").FillAsync("13900001111");
        await citizen.GetByLabel("政府信息的名称或者其他特征性描述").FillAsync("2024年城区占道经营集中整治的执法依据");
        await citizen.GetByLabel("电子数据").CheckAsync();
        await citizen.GetByLabel("在线查看").CheckAsync();
        await citizen.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Artifacts, "application-form-phone.png"), FullPage = true });
        await citizen.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        var number = (await citizen.Locator("#tracking-number").TextContentAsync())!.Trim();
        var code = (await citizen.Locator("#query-code").TextContentAsync())!.Trim();
        Assert.Matches("^GK[0-9]{8}-[0-9A-Z]{6}$", number);

        var editor = await session.SignInAsync(Demo.Editor.User, Demo.Editor.Password);
        await editor.GetByRole(AriaRole.Link, new() { Name = "依申请公开" }).First.ClickAsync();
        await Assertions.Expect(editor.Locator("#applications")).ToContainTextAsync(number);
        await Assertions.Expect(editor.Locator("#applications .gk-due[data-due=\"Overdue\"]")).Not.ToHaveCountAsync(0);
        await editor.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Artifacts, "applications-work-list.png"), FullPage = true });
        await editor.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Assertions.Expect(editor.Locator("#id-number")).ToHaveTextAsync("150***********" + ("15078519800101002" + Check("15078519800101002"))[^4..]);
        await Step(editor, "签收");
        await Step(editor, "受理");
        var draft = editor.Locator("#act-submit-draft");
        await draft.GetByLabel("拟办结果（表三的一行）").SelectOptionAsync(new SelectOptionValue { Label = "（一）予以公开" });
        await draft.GetByLabel("答复内容").FillAsync("所申请信息予以公开，见附件《城区占道经营集中整治工作方案》");
        await Step(editor, "提交审核");

        var reviewer = await session.SignInAsync(Demo.Reviewer.User, Demo.Reviewer.Password);
        await reviewer.GotoAsync(editor.Url);
        await Step(reviewer, "审核通过");
        await editor.ReloadAsync();
        await Step(editor, "答复");
        await Assertions.Expect(editor.Locator("#state")).ToHaveTextAsync("已答复");
        await Assertions.Expect(editor.Locator("#timeline li")).ToHaveCountAsync(6);
        await Assertions.Expect(editor.Locator("#deadline-steps")).ToContainTextAsync("自收到申请次日起算 20 个工作日（条例第三十三条第二款）");
        await editor.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Artifacts, "application-timeline.png"), FullPage = true });
        await Assertions.Expect(editor.Locator("#letters li")).ToHaveCountAsync(2);
        await Assertions.Expect(editor.Locator("#letters li").Last).ToContainTextAsync("政府信息公开申请答复书（予以公开）");
        var pack = await editor.APIRequest.GetAsync((await editor.Locator("#evidence-pack").GetAttributeAsync("href"))!);
        Assert.Equal((200, "application/pdf"), (pack.Status, pack.Headers["content-type"]));
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await pack.BodyAsync())[..4]));

        await citizen.GotoAsync("/apply/status");
        await citizen.GetByLabel("申请编号").FillAsync(number);
        await citizen.GetByLabel("查询码").FillAsync(code);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("#stage")).ToHaveTextAsync("已答复");
        await Assertions.Expect(citizen.Locator("#outcome")).ToHaveTextAsync("（一）予以公开");
        await Assertions.Expect(citizen.Locator("#reply")).ToContainTextAsync("城区占道经营集中整治工作方案");
        await citizen.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Artifacts, "application-status-phone.png"), FullPage = true });

        await citizen.GetByLabel("申请编号").FillAsync(number);
        await citizen.GetByLabel("查询码").FillAsync("0000-0000-0000-0000-0000");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("#message")).ToHaveTextAsync("申请编号或查询码不正确，请核对后重试。");
        await Assertions.Expect(citizen.Locator("#status")).ToHaveCountAsync(0);
    }

    private static async Task Step(IPage page, string action)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"已{action}。");
    }

    /// <summary>The check character of a 居民身份证号码's first 17 digits (GB 11643).</summary>
    private static string Check(string first17) => Gongkai.Domain.DisclosureApplications.ApplicationIntakeRules.ResidentIdCheck(first17).ToString();
}
