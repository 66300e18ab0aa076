using System.Globalization;
using Gongkai.Application.Accounts;
using Gongkai.Application.Audit;
using Gongkai.Application.Data;
using Gongkai.Application.DisclosureApplications.Appeals;
using Gongkai.Application.DisclosureApplications.Letters.Templates;
using Gongkai.Application.Documents;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.DisclosureApplications;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig.Writer;

namespace Gongkai.Application.DisclosureApplications.Letters;

/// <summary>
/// The 卷宗 of one application for a reconsideration body or a court, as one PDF: the application (personal
/// numbers masked), every event with its date, the time it was recorded, the actor and the basis, how each deadline
/// was computed, the list of letters and each letter in full, and the appeals. Written from the records; a letter
/// that was served is the copy kept when it was served (its PDF appended to the pack's PDF; the DOCX pack, which
/// cannot hold a PDF, says so), since the office's template may have changed since. Producing it is logged.
/// </summary>
public sealed class EvidencePack(GongkaiDbContext db, LetterDocuments letters, AppealRecords appeals, ApplicationClocks clocks, PdfConverter pdf, AuditLog audit)
{
    public async Task<LetterFile> PdfAsync(StaffContext staff, int id, CancellationToken cancel = default)
    {
        var (docx, kept) = await BuildAsync(staff, id, cancel);
        var main = await pdf.ConvertAsync(docx.Content, cancel);
        // What the applicant received, as kept when served, after the pack's own pages.
        var copies = await db.Set<ServedLetter>().AsNoTracking().Where(l => l.ApplicationId == id && kept.Contains(l.Number))
            .OrderBy(l => l.Number).Select(l => l.Pdf).ToListAsync(cancel);
        var content = copies.Count == 0 ? main : PdfMerger.Merge([main, .. copies]);
        return new LetterFile(docx.FileName.Replace(".docx", ".pdf", StringComparison.Ordinal), LetterDocuments.Pdf, content);
    }

    public async Task<LetterFile> DocxAsync(StaffContext staff, int id, CancellationToken cancel = default) => (await BuildAsync(staff, id, cancel)).File;

    private async Task<(LetterFile File, List<int> Kept)> BuildAsync(StaffContext staff, int id, CancellationToken cancel)
    {
        var (application, served) = await letters.ListAsync(staff, id, cancel);
        var kept = await letters.ServedNumbersAsync(id, cancel);
        var agency = await letters.AgencyNameAsync(application, cancel);
        var cases = await appeals.ForAsync(id, cancel);
        var clock = (await clocks.SnapshotAsync(cancel)).ClockFor(application.AgencyId);
        var today = clocks.Today;
        var a = application.Applicant;
        var docx = new LetterDocx().Title("政府信息公开申请办理卷宗")
            .Reference($"申请编号：{application.TrackingNumber}　受理机关：{agency}　制作日期：{ChineseDateText.Iso(today)}");

        docx.Heading("一、申请").Table(
        [
            ["项目", "内容"],
            ["申请编号", application.TrackingNumber],
            ["申请人", $"{a.Name}（{ApplicantDetails.TypeCaption(a.Type)}）"],
            ["身份证明", $"{a.IdDocumentType} {PersonalDataMask.IdNumber(a.IdNumber)}"],
            ["联系电话", PersonalDataMask.Phone(a.Phone)],
            ["所需信息", application.Request.Description + (string.IsNullOrEmpty(application.Request.DocumentNumber) ? "" : $"（文号：{application.Request.DocumentNumber}）")],
            ["提供形式、获取方式", $"{InformationRequest.FormName(application.Request.Form)}；{InformationRequest.WayName(application.Request.Way)}"],
            ["收到申请之日", $"{ChineseDateText.WithWeekday(application.ReceivedOn)}：{application.ReceiptExplanation}"],
            ["当前状态", ApplicationWorkflow.StateName(application.State)],
            ["办理结果", application.Outcome is { } outcome ? $"{DecisionBases.Caption(outcome)}（{application.DecisionBasis}），答复之日 {ChineseDateText.Iso(application.DecidedOn!.Value)}" : "尚未答复"],
        ]);

        docx.Heading("二、办理经过").Table(
            application.Events.OrderBy(e => e.Sequence).Select(e => new[]
            {
                e.Sequence.ToString(CultureInfo.InvariantCulture), ChineseDateText.Iso(e.On), e.At.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                e.Actor, e.ActionName, e.Summary, e.Basis ?? "", e.DueOn is { } due ? ChineseDateText.Iso(due) : "",
            }).Prepend(["序号", "日期", "记录时间", "经办人", "事项", "内容", "依据", "其后答复期限"]).ToList());

        var (deadline, limits) = DeadlineExplanation.Of(application, clock);
        docx.Heading("三、期限是怎样计算的");
        foreach (var line in deadline.Concat(limits))
        {
            docx.Small(line);
        }

        docx.Heading("四、文书").Table(served.Select(l => new[]
            {
                l.Number.ToString(CultureInfo.InvariantCulture), l.Reference(application.TrackingNumber), LetterDocuments.Line(l),
                kept.Contains(l.Number) ? "送达时留存的文本，附于卷宗之后（PDF 卷宗）" : "据办理记录生成，见下文",
            })
            .Prepend(["序号", "编号", "文书", "全文"]).ToList());

        docx.Heading("五、行政复议和行政诉讼").Table(cases.Count == 0
            ? [["情况"], ["无"]]
            : cases.Select(c => new[] { DisclosureAppeal.KindName(c.Kind), c.Body, ChineseDateText.Iso(c.FiledOn), DisclosureAppeal.ResultName(c.Result), c.ConcludedOn is { } on ? ChineseDateText.Iso(on) : "" })
                .Prepend(["类别", "复议机关或人民法院", "提起日期", "结果", "审结日期"]).ToList());

        foreach (var letter in served.Where(l => !kept.Contains(l.Number)))
        {
            LetterDocuments.Write(docx.PageBreak(), application, letter, agency);
        }

        audit.Record(staff.UserName, "application.evidence-pack", $"application:{id}", $"制作申请 {application.TrackingNumber} 的办理卷宗");
        await db.SaveChangesAsync(cancel);
        return (new LetterFile($"{application.TrackingNumber}-卷宗.docx", LetterDocuments.Docx, docx.ToBytes()), kept);
    }
}
