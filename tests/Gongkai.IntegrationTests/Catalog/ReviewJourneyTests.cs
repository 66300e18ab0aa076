using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Application;
using Gongkai.Application.Demo;
using Gongkai.Domain.Catalog;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// 先审查、后公开 through the staff pages: the editor registers and submits, the reviewer acknowledges each
/// finding of the scan and passes, the signer signs off and the 索引号 appears; nobody takes another's step.
/// </summary>
public sealed partial class ReviewJourneyTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [GeneratedRegex(@"/catalog/staff/items/(\d+)")]
    private static partial Regex ItemLink();

    [Fact]
    public async Task AnItemGoesFromDraftThroughReviewToPublishedWithItsIndexNumber()
    {
        var editor = await Demo.EditorAsync(_factory);
        var created = await editor.PostFormAsync("/catalog/staff/new", new()
        {
            ["Form.Title"] = "关于开展市容环境专项整治的通知",
            ["Form.Publisher"] = DemoSeeder.DemoDepartment,
            ["Form.WrittenOn"] = "2026-11-20",
            ["Form.Disclosure"] = "Proactive",
            ["Form.Body"] = "各科室：\n请联系张三，身份证号 11010519491231002X，手机 13912345678。\n<script>alert(1)</script>",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.Headers.Location!.OriginalString;
        var id = int.Parse(ItemLink().Match(path).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var staff = await CatalogStaff.ForDemoAsync(_factory);
        var item = await staff.GetAsync(id);
        Assert.DoesNotContain("<script", item.Working.Content.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync($"{path}?handler=Submit", new() { ["revision"] = $"{item.Revision}" }, path)).StatusCode);

        var reviewer = await Demo.ReviewerAsync(_factory);
        var page = await reviewer.Http.GetStringAsync(path);
        Assert.Contains("身份证号码", page);
        Assert.Contains("手机号码", page);
        item = await staff.GetAsync(id);
        var passEarly = await reviewer.PostFormAsync($"{path}?handler=Pass", new() { ["revision"] = $"{item.Revision}" }, path);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, passEarly.StatusCode);
        Assert.Contains("未逐项确认", await passEarly.Content.ReadAsStringAsync());
        foreach (var finding in item.Working.LatestRound!.Findings)
        {
            item = await staff.GetAsync(id);
            Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync($"{path}?handler=Acknowledge", new() { ["revision"] = $"{item.Revision}", ["finding"] = $"{finding.Id}" }, path)).StatusCode);
        }

        item = await staff.GetAsync(id);
        var editorPass = await editor.PostFormAsync($"{path}?handler=Pass", new() { ["revision"] = $"{item.Revision}" }, path);
        Assert.Equal(HttpStatusCode.Forbidden, editorPass.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync($"{path}?handler=Pass", new() { ["revision"] = $"{item.Revision}", ["opinion"] = "已删除个人信息后同意" }, path)).StatusCode);

        var signer = await Demo.SignerAsync(_factory);
        item = await staff.GetAsync(id);
        Assert.Equal(HttpStatusCode.Redirect, (await signer.PostFormAsync($"{path}?handler=SignOff", new() { ["revision"] = $"{item.Revision}" }, path)).StatusCode);

        item = await staff.GetAsync(id);
        Assert.Equal(CatalogItemStatus.Published, item.Working.Status);
        Assert.Equal($"{DemoSeeder.DemoCreditCode}/2026-00001", item.IndexNo);
        var ledger = await signer.Http.GetStringAsync("/catalog/staff/ledger");
        Assert.Contains("关于开展市容环境专项整治的通知", ledger);
        Assert.Contains("身份证号码 1", ledger);
        Assert.DoesNotContain("11010519491231002X", ledger);
    }

    [Fact]
    public async Task AStaleRevisionIsRefusedAndAnotherAgencysItemIsNotFound()
    {
        var staff = await CatalogStaff.ForDemoAsync(_factory);
        var item = (await staff.RunAsync(c => c.RegisterAsync(staff.Editor, staff.AgencyId, CatalogStaff.RandomContent(new Random(1))))).Item;
        await staff.RunAsync(c => c.EditAsync(staff.Editor, item.Id, item.Revision, item.Working.Content with { Title = "第一次修改" }));

        var stale = await Assert.ThrowsAsync<GongkaiException>(() => staff.RunAsync(c => c.EditAsync(staff.Editor, item.Id, item.Revision, item.Working.Content with { Title = "基于旧版本的修改" })));
        Assert.Equal(ProblemKind.Conflict, stale.Kind);

        var stranger = new Application.Accounts.StaffContext("other", staff.AgencyId + 1000, new HashSet<string> { Application.Accounts.StaffRoles.Editor });
        var hidden = await Assert.ThrowsAsync<GongkaiException>(() => staff.RunAsync(c => c.EditAsync(stranger, item.Id, item.Revision + 1, item.Working.Content)));
        Assert.Equal(ProblemKind.NotFound, hidden.Kind);
    }

    [Fact]
    public async Task AWithheldItemWithoutAReasonIsRefusedWithTheFieldAndNothingIsSaved()
    {
        var editor = await Demo.EditorAsync(_factory);
        var response = await editor.PostFormAsync("/catalog/staff/new", new()
        {
            ["Form.Title"] = "内部管理制度",
            ["Form.Publisher"] = DemoSeeder.DemoDepartment,
            ["Form.WrittenOn"] = "2026-13-01",
            ["Form.Disclosure"] = "Withheld",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("成文日期“2026-13-01”应为 YYYY-MM-DD 格式的日期", html);
        Assert.Contains("不予公开的信息须说明理由", html);
        Assert.DoesNotContain("内部管理制度", await editor.Http.GetStringAsync("/catalog/staff"));
    }

    [Fact]
    public async Task ADuplicateDocumentNumberWarnsAndACorrectionKeepsItsIndexNumber()
    {
        var staff = await CatalogStaff.ForDemoAsync(_factory);
        var policy = CatalogStaff.RandomContent(new Random(2)) with { NeedsInterpretation = true };
        var first = await staff.PublishAsync(policy, confirm: true);

        var second = await staff.RunAsync(c => c.RegisterAsync(staff.Editor, staff.AgencyId, policy with { Title = "同文号的另一份文件" }));
        Assert.Contains(second.Warnings, w => w.Contains(policy.DocumentNo!, StringComparison.Ordinal));

        // Its interpretation is published now; the correction of the policy goes out without a warning.
        var interpretation = await staff.PublishAsync(CatalogStaff.RandomContent(new Random(3)) with { Column = "政策解读", InterpretsItemId = first.Id });
        Assert.NotNull(interpretation.IndexNo);
        var waiting = (await staff.RunAsync(c => c.CorrectAsync(staff.Editor, first.Id, first.Revision))).Item;
        waiting = (await staff.RunAsync(c => c.SubmitAsync(staff.Editor, waiting.Id, waiting.Revision))).Item;
        waiting = (await staff.RunAsync(c => c.PassAsync(staff.Reviewer, waiting.Id, waiting.Revision, null))).Item;
        var signed = await staff.RunAsync(c => c.SignOffAsync(staff.Signer, waiting.Id, waiting.Revision, null));
        Assert.Empty(signed.Warnings);
        Assert.Equal(first.IndexNo, signed.Item.IndexNo);
    }
}
