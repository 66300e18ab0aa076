using Gongkai.Application.Accounts;
using Gongkai.Application.Audit;
using Gongkai.Application.Data;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.DisclosureApplications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.DisclosureApplications.Appeals;

/// <summary>
/// 行政复议 and 行政诉讼 cases against the handling of an application, as the receiving agency's office records
/// them: filed (kind, body, date), then concluded (维持, 纠正, 其他) — table 四 counts them
/// (<c>ApplicationStatistics</c>). Only the receiving agency's staff (Editor or Reviewer) record them; others get
/// the application's 404. No date after today; each record in the audit log.
/// </summary>
public sealed class AppealRecords(GongkaiDbContext db, ApplicationQueries queries, ApplicationClocks clocks, AuditLog audit)
{
    public async Task<List<DisclosureAppeal>> ListAsync(StaffContext staff, int applicationId, CancellationToken cancel = default)
    {
        await queries.LoadAsync(staff, applicationId, cancel);
        return await ForAsync(applicationId, cancel);
    }

    internal Task<List<DisclosureAppeal>> ForAsync(int applicationId, CancellationToken cancel) =>
        db.Set<DisclosureAppeal>().Where(a => a.ApplicationId == applicationId).OrderBy(a => a.FiledOn).ThenBy(a => a.Id).ToListAsync(cancel);

    public async Task<DisclosureAppeal> FileAsync(StaffContext staff, int applicationId, AppealKind kind, string body, DateOnly filedOn, CancellationToken cancel = default)
    {
        var application = await RequireOfficeAsync(staff, applicationId, cancel);
        NotAfterToday(filedOn, "提起日期");
        var appeal = DisclosureAppeal.File(application, kind, body, filedOn);
        db.Add(appeal);
        audit.Record(staff.UserName, "application.appeal-filed", $"application:{applicationId}",
            $"登记申请 {application.TrackingNumber} 的{DisclosureAppeal.KindName(kind)}（{appeal.Body}，{ChineseDateText.Iso(filedOn)}）");
        await db.SaveChangesAsync(cancel);
        return appeal;
    }

    public async Task<DisclosureAppeal> ConcludeAsync(StaffContext staff, int applicationId, int appealId, AppealResult result, DateOnly on, CancellationToken cancel = default)
    {
        var application = await RequireOfficeAsync(staff, applicationId, cancel);
        var appeal = await db.Set<DisclosureAppeal>().FirstOrDefaultAsync(a => a.Id == appealId && a.ApplicationId == applicationId, cancel)
            ?? throw GongkaiException.NotFound("复议或诉讼记录");
        if (appeal.ConcludedOn is not null)
        {
            throw GongkaiException.Conflict($"该{DisclosureAppeal.KindName(appeal.Kind)}已于 {ChineseDateText.Iso(appeal.ConcludedOn.Value)} 审结（{DisclosureAppeal.ResultName(appeal.Result)}）");
        }

        NotAfterToday(on, "审结日期");
        appeal.Conclude(result, on);
        audit.Record(staff.UserName, "application.appeal-concluded", $"application:{applicationId}",
            $"申请 {application.TrackingNumber} 的{DisclosureAppeal.KindName(appeal.Kind)}审结：{DisclosureAppeal.ResultName(result)}（{ChineseDateText.Iso(on)}）");
        await db.SaveChangesAsync(cancel);
        return appeal;
    }

    private async Task<DisclosureApplication> RequireOfficeAsync(StaffContext staff, int applicationId, CancellationToken cancel)
    {
        var application = await queries.LoadAsync(staff, applicationId, cancel);
        if (staff.AgencyId != application.AgencyId || !(staff.IsEditor || staff.IsReviewer))
        {
            throw GongkaiException.Forbidden("复议和诉讼情况由受理机关公开办的工作人员登记");
        }

        return application;
    }

    private void NotAfterToday(DateOnly date, string what)
    {
        if (date > clocks.Today)
        {
            throw GongkaiException.Invalid($"{what} {ChineseDateText.Iso(date)} 晚于今天 {ChineseDateText.Iso(clocks.Today)}，不能预先登记");
        }
    }
}
