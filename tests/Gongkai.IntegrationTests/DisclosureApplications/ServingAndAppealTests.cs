using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Application.Audit;
using Gongkai.Application.AnnualReports.FromRecords;
using Gongkai.Application.Data;
using Gongkai.Domain.DisclosureApplications;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Gongkai.IntegrationTests.DisclosureApplications;

/// <summary>
/// Serving a letter by e-mail through a real SMTP listener on 127.0.0.1 (the message received, its PDF attached,
/// the sending in the event and audit logs; refused where the applicant did not choose e-mail), appeals recorded and
/// counted in table 四 (random cases against a hand count), and the evidence pack's PDF with every step and letter.
/// </summary>
public sealed class ServingAndAppealTests : IDisposable
{
    private readonly SmtpCapture _smtp = new();
    private readonly GongkaiFactory _factory;

    public ServingAndAppealTests() => _factory = new GongkaiFactory(settings: _smtp.Settings());

    public void Dispose()
    {
        _factory.Dispose();
        _smtp.Dispose();
    }

    [Fact]
    public async Task TheDecisionIsEmailedToTheApplicantWhoChoseEmailAndTheSendingIsRecorded()
    {
        var random = new Random(21);
        var office = await Demo.DepartmentIdAsync(_factory);
        var (editor, reviewer) = (await Demo.EditorAsync(_factory), await Demo.ReviewerAsync(_factory));
        var email = $"applicant{random.Next(1000, 9999)}@example.com";
        var form = ApplicationFixtures.Form(random) with { Email = email, Way = nameof(DeliveryWay.Email) };
        var receipt = await ApplicationFixtures.SubmitAsync(_factory, office, form);
        var byPost = await ApplicationFixtures.SubmitAsync(_factory, office, ApplicationFixtures.Form(random) with { Way = nameof(DeliveryWay.Post) });
        foreach (var id in new[] { receipt.Id, byPost.Id })
        {
            await LetterFlow.StepAsync(editor, id, "sign", new { });
            await LetterFlow.StepAsync(editor, id, "accept", new { });
            await LetterFlow.StepAsync(editor, id, "submit-draft", new { outcome = "Granted", basis = "条例第三十六条第（二）项", reply = "予以公开，见附件《占道经营整治方案》" });
            await LetterFlow.StepAsync(reviewer, id, "approve-draft", new { });
            await LetterFlow.StepAsync(editor, id, "decide", new { });
        }

        var url = $"/api/disclosure-applications/{receipt.Id}/letters/2/send";
        var byReviewer = await reviewer.SendAsync(HttpMethod.Post, url);
        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
        var refused = await editor.SendAsync(HttpMethod.Post, $"/api/disclosure-applications/{byPost.Id}/letters/2/send");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("未选择以电子邮件获取", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_smtp.Messages);

        var sent = await editor.JsonAsync(HttpMethod.Post, url);
        Assert.Contains(email, sent.GetProperty("summary").GetString(), StringComparison.Ordinal);
        var (from, to, message) = Assert.Single(_smtp.Messages);
        Assert.Equal(("gongkai@genhe.example.gov.cn", email), (from, Assert.Single(to)));
        Assert.Equal($"政府信息公开申请答复书（予以公开）（申请编号 {receipt.TrackingNumber}）", message.Subject);
        Assert.Contains("予以公开，见附件《占道经营整治方案》", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("六个月内依法向人民法院提起行政诉讼", message.TextBody, StringComparison.Ordinal);
        var pdf = message.Attachments.OfType<MimePart>().Single(a => a.FileName == $"{receipt.TrackingNumber}-02.pdf");
        using (var content = new MemoryStream())
        {
            await pdf.Content!.DecodeToAsync(content);
            Assert.Contains(receipt.TrackingNumber, LetterTests.PdfText(content.ToArray()), StringComparison.Ordinal);
        }

        var application = await ApplicationFixtures.LoadAsync(_factory, receipt.Id);
        var last = application.Events.OrderBy(e => e.Sequence).Last();
        Assert.Equal((ApplicationEvent.LetterSent, "editor", ApplicationState.Decided), (last.Action, last.Actor, last.ToState));
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.Action == "application.letter-sent" && e.Subject == $"application:{receipt.Id}"));

        // The sending is not a step: the workflow goes on from where it was.
        await LetterFlow.StepAsync(editor, receipt.Id, "close", new { });
    }

    [Fact]
    public async Task AppealsAreRecordedCountedInTableFourAndPackedWithEveryStepAndLetter()
    {
        var random = new Random(34);
        var agency = await TestStaff.AgencyAsync(_factory, "某旗自然资源局", null);
        var editor = await TestStaff.UserAsync(_factory, "ziran", agency, "Editor");
        var reviewer = await TestStaff.UserAsync(_factory, "ziran-head", agency, "Reviewer");
        var stranger = await Demo.EditorAsync(_factory);
        var hand = new Dictionary<(AppealKind, AppealResult), int>();
        var forms = new List<(int Id, Application.DisclosureApplications.Intake.IntakeForm Form, string Number)>();
        for (var i = 0; i < 4; i++)
        {
            var form = ApplicationFixtures.Form(random, ApplicantType.NaturalPerson);
            var receipt = await ApplicationFixtures.SubmitAsync(_factory, agency, form);
            forms.Add((receipt.Id, form, receipt.TrackingNumber));
            await LetterFlow.StepAsync(editor, receipt.Id, "sign", new { });
            await LetterFlow.StepAsync(editor, receipt.Id, "accept", new { });
            await LetterFlow.StepAsync(editor, receipt.Id, "submit-draft", new { outcome = "WithheldThirdParty", basis = "条例第十五条", reply = "涉及第三方商业秘密，不予公开" });
            await LetterFlow.StepAsync(reviewer, receipt.Id, "approve-draft", new { });
            await LetterFlow.StepAsync(editor, receipt.Id, "decide", new { });
            for (var n = random.Next(1, 3); n > 0; n--)
            {
                var kind = (AppealKind)random.Next(3);
                var filer = random.Next(2) == 0 ? editor : reviewer;
                var appeal = await filer.JsonAsync(HttpMethod.Post, $"/api/disclosure-applications/{receipt.Id}/appeals",
                    new { kind = kind.ToString(), body = kind == AppealKind.Reconsideration ? "根河市人民政府" : "根河市人民法院", filedOn = "2026-11-25" });
                var result = (AppealResult)random.Next(4);
                if (result != AppealResult.Pending)
                {
                    await editor.JsonAsync(HttpMethod.Post, $"/api/disclosure-applications/{receipt.Id}/appeals/{appeal.GetProperty("id").GetInt32()}/conclude",
                        new { result = result.ToString(), concludedOn = "2026-11-25" });
                }

                hand[(kind, result)] = hand.GetValueOrDefault((kind, result)) + 1;
            }
        }

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var (_, appeals) = await scope.ServiceProvider.GetRequiredService<ApplicationStatistics>().ComputeAsync([agency], 2026);
            Assert.Equal(hand.OrderBy(h => h.Key).Select(h => (h.Key.Item1, h.Key.Item2, h.Value)), appeals.OrderBy(a => (a.Kind, a.Result)).Select(a => (a.Kind, a.Result, a.Count)));
        }

        var (first, firstForm, number) = forms[0];
        var url = $"/api/disclosure-applications/{first}/appeals";
        async Task Refused(StaffClient who, string path, object body, HttpStatusCode status, string message)
        {
            var response = await who.SendAsync(HttpMethod.Post, path, body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(status == response.StatusCode, $"{(int)response.StatusCode} {text}");
            Assert.Contains(message, text, StringComparison.Ordinal);
        }

        var count = (await editor.Http.GetFromJsonAsync<JsonElement>(url)).GetArrayLength();
        await Refused(editor, url, new { kind = "Reconsideration", body = "某市人民政府", filedOn = "2026-11-24" }, HttpStatusCode.UnprocessableEntity, "早于收到申请之日");
        await Refused(editor, url, new { kind = "Reconsideration", body = "某市人民政府", filedOn = "2026-11-26" }, HttpStatusCode.UnprocessableEntity, "晚于今天");
        await Refused(editor, url, new { kind = "Petition", body = "某市人民政府", filedOn = "2026-11-25" }, HttpStatusCode.UnprocessableEntity, "kind 应为");
        await Refused(editor, url, new { kind = "Reconsideration", body = " ", filedOn = "2026-11-25" }, HttpStatusCode.UnprocessableEntity, "请填写复议机关或人民法院");
        await Refused(stranger, url, new { kind = "Reconsideration", body = "某市人民政府", filedOn = "2026-11-25" }, HttpStatusCode.NotFound, "不存在或无权查看");
        Assert.Equal(count, (await editor.Http.GetFromJsonAsync<JsonElement>(url)).GetArrayLength());
        var filed = await editor.JsonAsync(HttpMethod.Post, url, new { kind = "DirectLitigation", body = "根河市人民法院", filedOn = "2026-11-25" });
        var conclude = $"{url}/{filed.GetProperty("id").GetInt32()}/conclude";
        await Refused(editor, conclude, new { result = "Pending", concludedOn = "2026-11-25" }, HttpStatusCode.UnprocessableEntity, "result 应为");
        await editor.JsonAsync(HttpMethod.Post, conclude, new { result = "Corrected", concludedOn = "2026-11-25" });
        await Refused(editor, conclude, new { result = "Upheld", concludedOn = "2026-11-25" }, HttpStatusCode.Conflict, "已于 2026-11-25 审结");

        var pack = await editor.Http.GetAsync($"/api/disclosure-applications/{first}/evidence-pack");
        Assert.Equal(HttpStatusCode.OK, pack.StatusCode);
        var text = LetterTests.PdfText(await pack.Content.ReadAsByteArrayAsync());
        var application = await ApplicationFixtures.LoadAsync(_factory, first);
        foreach (var expected in application.Events.Select(e => e.ActionName)
            .Concat(["政府信息公开申请办理卷宗", number, "期限是怎样计算的", "政府信息公开申请登记回执", "不予公开告知书", "行政诉讼（未经复议直接起诉）", "结果纠正", firstForm.Name!]))
        {
            Assert.Contains(LetterTests.Squeezed(expected), text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(firstForm.IdNumber!, text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/disclosure-applications/{first}/evidence-pack")).StatusCode);
        await using var check = _factory.Services.CreateAsyncScope();
        Assert.True(await check.ServiceProvider.GetRequiredService<GongkaiDbContext>().Set<AuditEntry>()
            .AnyAsync(e => e.Action == "application.evidence-pack" && e.Subject == $"application:{first}"));
    }
}
