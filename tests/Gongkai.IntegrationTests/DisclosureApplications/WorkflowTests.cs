using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Application.Audit;
using Gongkai.Application.Data;
using Gongkai.Domain.DisclosureApplications;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.DisclosureApplications;

/// <summary>
/// The workflow over HTTP: the office's steps, 转办 to a department and back, review and decision; refusals
/// (wrong state 409, wrong role or agency 403, stale 409, bad dates and fees 422, nothing changed); privacy
/// (masking, every view logged, another agency's staff get 404); 督办 notices; the timeline page.
/// </summary>
public sealed class WorkflowTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();
    private readonly Random _random = new(12);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnApplicationGoesFromTheFormThroughADepartmentAndReviewToTheApplicantsAnswer()
    {
        var office = await Demo.DepartmentIdAsync(_factory);
        var section = await TestStaff.AgencyAsync(_factory, "根河市城市管理综合执法局市容科", office);
        var handler = await TestStaff.UserAsync(_factory, "rongke", section, "Editor");
        var (editor, reviewer) = (await Demo.EditorAsync(_factory), await Demo.ReviewerAsync(_factory));
        var receipt = await ApplicationFixtures.SubmitAsync(_factory, office, ApplicationFixtures.Form(_random, ApplicantType.NaturalPerson));
        var url = $"/api/disclosure-applications/{receipt.Id}";

        Assert.Equal(HttpStatusCode.NotFound, (await handler.Http.GetAsync(url)).StatusCode);
        var view = await StepAsync(editor, receipt.Id, "sign", new { on = "2026-11-25" });
        view = await StepAsync(editor, receipt.Id, "accept", new { });
        Assert.Contains("assign", view.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        view = await StepAsync(editor, receipt.Id, "assign", new { handler = "rongke" });
        Assert.Equal(("Assigned", "rongke"), (view.GetProperty("state").GetString(), view.GetProperty("handler").GetString()));

        // The department's handler now holds it: the office may not draft for it, the handler may.
        var officeDraft = await editor.SendAsync(HttpMethod.Post, $"{url}/actions/submit-draft", new { outcome = "Granted", reply = "予以公开" }, view.GetProperty("revision").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, officeDraft.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await handler.Http.GetAsync(url)).StatusCode);
        view = await StepAsync(handler, receipt.Id, "submit-draft", new { outcome = "UnableNotHeld", basis = "条例第三十六条第（四）项", reply = "经检索，本机关未制作或获取该信息" });
        Assert.Equal("UnderReview", view.GetProperty("state").GetString());

        var editorApproves = await editor.SendAsync(HttpMethod.Post, $"{url}/actions/approve-draft", new { }, view.GetProperty("revision").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, editorApproves.StatusCode);
        Assert.Contains("审核人", await editorApproves.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        view = await StepAsync(reviewer, receipt.Id, "approve-draft", new { });
        view = await StepAsync(editor, receipt.Id, "decide", new { on = "2026-11-25" });
        Assert.Equal(("Decided", "UnableNotHeld"), (view.GetProperty("state").GetString(), view.GetProperty("outcome").GetString()));
        view = await StepAsync(editor, receipt.Id, "close", new { });

        var events = view.GetProperty("events").EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("actor").GetString())).ToList();
        Assert.Equal(
        [
            ("Submitted", "申请人（网上提交）"), ("Sign", "editor"), ("Accept", "editor"), ("Assign", "editor"),
            ("SubmitDraft", "rongke"), ("ApproveDraft", "reviewer"), ("Decide", "editor"), ("Close", "editor"),
        ], events);
        var status = await (await StaffClient.Anonymous(_factory).PostAsJsonAsync("/api/apply/status", new { trackingNumber = receipt.TrackingNumber, queryCode = receipt.QueryCode }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("已办结", "（四）无法提供 1.本机关不掌握相关政府信息", "条例第三十六条第（四）项"),
            (status.GetProperty("stage").GetString(), status.GetProperty("outcome").GetString(), status.GetProperty("basis").GetString()));
    }

    [Fact]
    public async Task RefusedStepsSayWhyInChineseAndChangeNothing()
    {
        var office = await Demo.DepartmentIdAsync(_factory);
        var editor = await Demo.EditorAsync(_factory);
        var receipt = await ApplicationFixtures.SubmitAsync(_factory, office, ApplicationFixtures.Form(_random));
        var url = $"/api/disclosure-applications/{receipt.Id}";
        await StepAsync(editor, receipt.Id, "sign", new { });
        var revision = await ApplicationFixtures.RevisionAsync(_factory, receipt.Id);

        async Task Refused(string action, object body, HttpStatusCode status, string message, int? rev = null)
        {
            var response = await editor.SendAsync(HttpMethod.Post, $"{url}/actions/{action}", body, rev ?? revision);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(status == response.StatusCode, $"{action}: {(int)response.StatusCode} {text}");
            Assert.Contains(message, JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        await Refused("decide", new { }, HttpStatusCode.Conflict, "待受理的申请不能答复");
        await Refused("accept", new { on = "2026-11-24" }, HttpStatusCode.UnprocessableEntity, "早于收到申请之日");
        await Refused("accept", new { on = "2026-11-26" }, HttpStatusCode.UnprocessableEntity, "晚于今天");
        await Refused("accept", new { on = "2018-05-05" }, HttpStatusCode.UnprocessableEntity, "不在已载入放假安排的年份内");
        await Refused("accept", new { }, HttpStatusCode.Conflict, "已被 editor", rev: revision - 1);
        await Refused("no-such-step", new { }, HttpStatusCode.NotFound, "操作“no-such-step”");
        await StepAsync(editor, receipt.Id, "accept", new { });
        revision = await ApplicationFixtures.RevisionAsync(_factory, receipt.Id);
        await Refused("notice-fee", new { feeMethod = "PerPage", pages = "150", amount = "1500" }, HttpStatusCode.UnprocessableEntity, "应为按量计收，150 页：1700 元");
        await Refused("notice-fee", new { feeMethod = "PerApplication", amount = "100" }, HttpStatusCode.UnprocessableEntity, "本月第 1 件申请");
        await Refused("submit-draft", new { outcome = "Granted", basis = "条例第十四条", reply = "予以公开" }, HttpStatusCode.UnprocessableEntity, "依据应为");
        await Refused("extend", new { note = "需调取档案" }, HttpStatusCode.Forbidden, "审核人");

        Assert.Equal(revision, await ApplicationFixtures.RevisionAsync(_factory, receipt.Id));
    }

    [Fact]
    public async Task TheEleventhApplicationOfAnApplicantInAMonthIsChargedPerApplication()
    {
        var office = await Demo.DepartmentIdAsync(_factory);
        var editor = await Demo.EditorAsync(_factory);
        var id = ApplicationFixtures.ResidentId(_random);
        var receipts = new List<int>();
        for (var i = 0; i < 11; i++)
        {
            receipts.Add((await ApplicationFixtures.SubmitAsync(_factory, office, ApplicationFixtures.Form(_random, ApplicantType.NaturalPerson, id))).Id);
        }

        foreach (var receipt in new[] { receipts[9], receipts[10] })
        {
            await StepAsync(editor, receipt, "sign", new { });
            await StepAsync(editor, receipt, "accept", new { });
        }

        var tenth = await editor.SendAsync(HttpMethod.Post, $"/api/disclosure-applications/{receipts[9]}/actions/notice-fee",
            new { feeMethod = "PerApplication", amount = "100" }, await ApplicationFixtures.RevisionAsync(_factory, receipts[9]));
        Assert.Contains("本月第 10 件申请：0 元", await tenth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var view = await StepAsync(editor, receipts[10], "notice-fee", new { feeMethod = "PerApplication", amount = "100" });
        Assert.Equal(("AwaitingFee", "2026-12-23"), (view.GetProperty("state").GetString(), view.GetProperty("stepDueOn").GetString()));
        Assert.Contains(view.GetProperty("stepLimits").EnumerateArray(), l => l.GetString()!.Contains("缴纳信息处理费期限", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PersonalNumbersAreMaskedEveryViewIsLoggedAndOtherAgenciesSeeNothing()
    {
        var office = await Demo.DepartmentIdAsync(_factory);
        var form = ApplicationFixtures.Form(_random, ApplicantType.NaturalPerson);
        var receipt = await ApplicationFixtures.SubmitAsync(_factory, office, form);
        var editor = await Demo.EditorAsync(_factory);

        var list = await editor.Http.GetStringAsync("/api/disclosure-applications");
        var page = await editor.Http.GetStringAsync("/workbench/applications");
        var detail = await editor.Http.GetStringAsync($"/api/disclosure-applications/{receipt.Id}");
        foreach (var shown in new[] { list, page, detail })
        {
            Assert.DoesNotContain(form.IdNumber!, shown, StringComparison.Ordinal);
            Assert.DoesNotContain(form.Phone!, shown, StringComparison.Ordinal);
            Assert.Contains(PersonalDataMask.IdNumber(form.IdNumber), shown, StringComparison.Ordinal);
        }

        var full = await editor.Http.GetFromJsonAsync<JsonElement>($"/api/disclosure-applications/{receipt.Id}/personal-data");
        Assert.Equal(form.IdNumber, full.GetProperty("idNumber").GetString());
        await editor.Http.GetStringAsync($"/workbench/applications/{receipt.Id}");
        var audit = (await AuditAsync()).Where(a => a.Subject == $"application:{receipt.Id}").Select(a => (a.Actor, a.Action)).ToList();
        Assert.Equal([("editor", "application.viewed"), ("editor", "application.personal-data-viewed"), ("editor", "application.viewed")], audit);

        var other = await TestStaff.AgencyAsync(_factory, "根河市某其他局", null);
        var stranger = await TestStaff.UserAsync(_factory, "stranger", other, "Editor");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/disclosure-applications/{receipt.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/disclosure-applications/{receipt.Id}/personal-data")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/workbench/applications/{receipt.Id}")).StatusCode);
        Assert.Equal("[]", await stranger.Http.GetStringAsync("/api/disclosure-applications"));
    }

    [Fact]
    public async Task NoticesGoToTheOfficeOrTheHandlerAsTheStepsDueDateNears()
    {
        var office = await Demo.DepartmentIdAsync(_factory);
        var editor = await Demo.EditorAsync(_factory);
        var unassigned = await ApplicationFixtures.SubmitAsync(_factory, office, ApplicationFixtures.Form(_random));
        var assigned = await ApplicationFixtures.SubmitAsync(_factory, office, ApplicationFixtures.Form(_random));
        await StepAsync(editor, assigned.Id, "sign", new { });
        await StepAsync(editor, assigned.Id, "accept", new { });
        await StepAsync(editor, assigned.Id, "assign", new { handler = "editor" });

        var ours = new[] { unassigned.Id, assigned.Id };
        async Task<List<JsonElement>> NoticesAsync(StaffClient staff) =>
            (await staff.Http.GetFromJsonAsync<JsonElement>("/api/disclosure-applications/notices")).EnumerateArray()
                .Where(n => ours.Contains(n.GetProperty("applicationId").GetInt32())).ToList();

        Assert.Empty(await NoticesAsync(editor));
        ApplicationFixtures.SetToday(_factory, new DateOnly(2026, 12, 18));
        editor = await Demo.EditorAsync(_factory);
        var notices = await NoticesAsync(editor);
        Assert.Equal(2, notices.Count);
        Assert.All(notices, n => Assert.Equal(("DueSoon", "2026-12-23"), (n.GetProperty("level").GetString(), n.GetProperty("stepDueOn").GetString())));
        Assert.Contains(notices, n => n.GetProperty("recipient").GetString() == "editor" && n.GetProperty("applicationId").GetInt32() == assigned.Id);
        Assert.Contains(notices, n => n.GetProperty("message").GetString()!.Contains("还有 3 个工作日", StringComparison.Ordinal));
        var reviewer = await Demo.ReviewerAsync(_factory);
        Assert.Equal(unassigned.Id, Assert.Single(await NoticesAsync(reviewer)).GetProperty("applicationId").GetInt32());

        ApplicationFixtures.SetToday(_factory, new DateOnly(2026, 12, 24));
        editor = await Demo.EditorAsync(_factory);
        var list = (await editor.Http.GetFromJsonAsync<JsonElement>("/api/disclosure-applications")).EnumerateArray()
            .Where(i => ours.Contains(i.GetProperty("id").GetInt32())).ToList();
        Assert.Equal(2, list.Count);
        Assert.All(list, i => Assert.Equal("Overdue", i.GetProperty("due").GetString()));
        Assert.Equal(4, (await NoticesAsync(editor)).Count);
        var page = await editor.Http.GetStringAsync("/workbench/applications");
        Assert.Contains("逾期 1 个工作日", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTimelineExplainsTheDeadlineStepByStep()
    {
        var office = await Demo.DepartmentIdAsync(_factory);
        var editor = await Demo.EditorAsync(_factory);
        var reviewer = await Demo.ReviewerAsync(_factory);
        var registered = await editor.SendAsync(HttpMethod.Post, "/api/disclosure-applications",
            IntakeTests.Body(ApplicationFixtures.Form(_random) with { Channel = "InPerson", SubmittedOn = "2026-09-25" }, office), key: Guid.NewGuid().ToString());
        var id = await ApplicationIdAsync((await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingNumber").GetString()!);
        await StepAsync(editor, id, "accept", new { on = "2026-09-25" });
        await StepAsync(editor, id, "consult-third-party", new { on = "2026-09-25", party = "某建设公司", note = "是否同意公开其施工方案" });
        await StepAsync(editor, id, "receive-opinions", new { on = "2026-10-16", note = "不同意公开" });
        await StepAsync(reviewer, id, "extend", new { on = "2026-10-16", note = "涉及第三方，需进一步核实" });

        var page = await editor.Http.GetStringAsync($"/workbench/applications/{id}");
        Assert.Contains("登记并签收当面提交的申请", page, StringComparison.Ordinal);
        Assert.Contains("以提交之日为收到申请之日，即 2026-09-25（星期五）（条例第三十一条第（一）项）", page, StringComparison.Ordinal);
        Assert.Contains("征求第三方意见 2026-09-25 至 2026-10-16", page, StringComparison.Ordinal);
        Assert.Contains("延长答复期限 20 个工作日（条例第三十三条第二款）", page, StringComparison.Ordinal);
        Assert.Contains("经政府信息公开工作机构负责人同意", page, StringComparison.Ordinal);
        Assert.Contains("id=\"act-submit-draft\"", page, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> StepAsync(StaffClient staff, int id, string action, object body)
    {
        var url = $"/api/disclosure-applications/{id}";
        var current = await staff.Http.GetFromJsonAsync<JsonElement>(url);
        return await staff.JsonAsync(HttpMethod.Post, $"{url}/actions/{action}", body, current.GetProperty("revision").GetInt32());
    }

    private async Task<int> ApplicationIdAsync(string trackingNumber)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Set<DisclosureApplication>().Where(a => a.TrackingNumber == trackingNumber).Select(a => a.Id).SingleAsync();
    }

    private async Task<List<AuditEntry>> AuditAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().AuditEntries.OrderBy(a => a.Id).ToListAsync();
    }
}
