using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.Audit;
using Gongkai.Application.Data;
using Gongkai.Application.DisclosureApplications.Intake;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.DisclosureApplications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.DisclosureApplications;

/// <summary>How near a step's due date is: 逾期 (past), 即将到期 (within 3 working days), or neither.</summary>
public enum DueStatus { None, DueSoon, Overdue }

/// <summary>A line of the work list: personal numbers masked.</summary>
public sealed record WorkListItem(int Id, string TrackingNumber, string Applicant, string ApplicantType, string MaskedId, string MaskedPhone,
    string Description, ApplicationState State, DateOnly ReceivedOn, DateOnly? DueOn, DateOnly? StepDueOn, string? Handler, DueStatus Due, int? WorkingDaysLeft)
{
    public string StateName => ApplicationWorkflow.StateName(State);
}

public sealed record WorkListFilter(ApplicationState? State = null, string? Handler = null, bool IncludeClosed = false, int Limit = 500);

/// <summary>A staff member who can be given an application (转办).</summary>
public sealed record HandlerChoice(string UserName, string DisplayName, int AgencyId);

/// <summary>What the applicant sees with their tracking number and query code, and nothing personal.</summary>
public sealed record PublicStatus(string TrackingNumber, string Agency, DateOnly ReceivedOn, string Stage, DateOnly? DueOn, string? DueNote,
    DateOnly? DecidedOn, string? Outcome, string? Basis, string? Reply, IReadOnlyList<(DateOnly On, string What)> Steps);

/// <summary>
/// Reading applications: the work list, one application (every opening by staff is in the audit log, since it
/// shows the applicant's personal data), the applicant's status page, the handlers one can 转办 to.
/// </summary>
public sealed class ApplicationQueries(GongkaiDbContext db, AgencyDirectory agencies, ApplicationClocks clocks, AuditLog audit)
{
    public const string NotFoundWhat = "申请";

    /// <summary>The application with its events and pauses, if this member of staff may open it; else 404 (existence is not revealed).</summary>
    public async Task<DisclosureApplication> LoadAsync(StaffContext staff, int id, CancellationToken cancel = default)
    {
        var application = await db.Set<DisclosureApplication>().Include(a => a.Events).Include(a => a.Pauses)
            .AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, cancel);
        return application is not null && ApplicationAccess.CanOpen(staff, application) ? application : throw GongkaiException.NotFound(NotFoundWhat);
    }

    /// <summary>Opening an application shows personal data: the view is logged (who, when, which).</summary>
    public async Task<DisclosureApplication> OpenAsync(StaffContext staff, int id, CancellationToken cancel = default)
    {
        var application = await LoadAsync(staff, id, cancel);
        audit.Record(staff.UserName, "application.viewed", $"application:{id}", $"查看申请 {application.TrackingNumber}（申请人信息，证件号码和电话已遮蔽）");
        await db.SaveChangesAsync(cancel);
        return application;
    }

    /// <summary>The full ID and phone numbers (for the reply letter or a telephone call): logged apart.</summary>
    public async Task<ApplicantDetails> RevealAsync(StaffContext staff, int id, CancellationToken cancel = default)
    {
        var application = await LoadAsync(staff, id, cancel);
        audit.Record(staff.UserName, "application.personal-data-viewed", $"application:{id}", $"查看申请 {application.TrackingNumber} 申请人的完整证件号码和联系电话");
        await db.SaveChangesAsync(cancel);
        return application.Applicant;
    }

    public async Task<List<WorkListItem>> WorkListAsync(StaffContext staff, WorkListFilter filter, CancellationToken cancel = default)
    {
        var agency = staff.AgencyId ?? -1;
        var query = db.Set<DisclosureApplication>().AsNoTracking().Where(a => a.AgencyId == agency || a.HandlingAgencyId == agency);
        if (filter.State is { } state)
        {
            query = query.Where(a => a.State == state);
        }
        else if (!filter.IncludeClosed)
        {
            query = query.Where(a => a.State != ApplicationState.Decided && a.State != ApplicationState.Closed);
        }

        if (!string.IsNullOrWhiteSpace(filter.Handler))
        {
            query = query.Where(a => a.HandlerUserName == filter.Handler.Trim());
        }

        // Unknown deadlines first (they need a calendar import), then the earliest due.
        var rows = await query.OrderBy(a => a.StepDueOn == null ? 0 : 1).ThenBy(a => a.StepDueOn).ThenBy(a => a.ReceivedOn).ThenBy(a => a.Id)
            .Take(Math.Clamp(filter.Limit, 1, 2000))
            .Select(a => new
            {
                a.Id, a.AgencyId, a.TrackingNumber, a.Applicant.Name, a.Applicant.Type, a.Applicant.IdNumber, a.Applicant.Phone, a.Request.Description,
                a.State, a.ReceivedOn, a.DueOn, a.StepDueOn, a.HandlerUserName,
            }).ToListAsync(cancel);
        var snapshot = await clocks.SnapshotAsync(cancel);
        var today = clocks.Today;
        return rows.Select(r =>
        {
            var (flag, left) = DueStatusOf(snapshot.For(r.AgencyId), today, ApplicationWorkflow.IsOpen(r.State) ? r.StepDueOn : null);
            return new WorkListItem(r.Id, r.TrackingNumber, r.Name, ApplicantDetails.TypeCaption(r.Type), PersonalDataMask.IdNumber(r.IdNumber),
                PersonalDataMask.Phone(r.Phone), Excerpt(r.Description), r.State, r.ReceivedOn, r.DueOn, r.StepDueOn, r.HandlerUserName, flag, left);
        }).ToList();
    }

    /// <summary>
    /// 逾期 when the date has passed; 即将到期 when at most <see cref="DueSoonWorkingDays"/> working days remain
    /// (counted after today through the due date). Where today is outside the loaded calendar only "overdue" can be told.
    /// </summary>
    public static (DueStatus Status, int? WorkingDaysLeft) DueStatusOf(WorkingDayCalendar calendar, DateOnly today, DateOnly? due)
    {
        if (due is not { } d)
        {
            return (DueStatus.None, null);
        }

        if (today > d)
        {
            return (DueStatus.Overdue, calendar.Covers(today) && calendar.Covers(d) ? -calendar.WorkingDaysBetween(d, today) : null);
        }

        if (!calendar.Covers(today) || !calendar.Covers(d))
        {
            return (DueStatus.None, null);
        }

        var left = calendar.WorkingDaysBetween(today, d);
        return (left <= DueSoonWorkingDays ? DueStatus.DueSoon : DueStatus.None, left);
    }

    public const int DueSoonWorkingDays = 3;

    /// <summary>The applicant's view: nothing without the right tracking number and code, and the same answer for a wrong number or a wrong code.</summary>
    public async Task<PublicStatus> PublicStatusAsync(string? trackingNumber, string? queryCode, CancellationToken cancel = default)
    {
        var number = (trackingNumber ?? "").Trim().ToUpperInvariant();
        var application = number.Length is > 0 and <= 32
            ? await db.Set<DisclosureApplication>().AsNoTracking().Include(a => a.Events).FirstOrDefaultAsync(a => a.TrackingNumber == number, cancel)
            : null;
        // A wrong number costs the same hash as a wrong code.
        var matches = QueryCodes.Matches(application?.QueryCodeHash ?? new string('0', 64), queryCode);
        if (application is null || !matches)
        {
            throw GongkaiException.NotFound("与该申请编号和查询码相符的申请");
        }

        var agency = await agencies.FindAsync(application.AgencyId, cancel);
        var decided = application.Outcome is { } outcome;
        var steps = application.Events.Where(e => e.Action != ApplicationEvent.Recomputed)
            .Select(e => (e.On, PublicStage(e.ToState))).DistinctBy(s => s.Item2).ToList();
        return new PublicStatus(application.TrackingNumber, agency?.Name ?? "", application.ReceivedOn, PublicStage(application.State),
            decided ? null : application.DueOn, DueNote(application), application.DecidedOn,
            decided ? DecisionBases.Caption(application.Outcome!.Value) : null, application.DecisionBasis, application.Reply, steps);
    }

    /// <summary>The 公开办工作人员 of the agency and of every agency beneath it.</summary>
    public async Task<List<HandlerChoice>> HandlersAsync(int agencyId, CancellationToken cancel = default)
    {
        var beneath = AgencyDirectory.SelfAndDescendants(await agencies.AllAsync(cancel), agencyId).ToList();
        var editorRole = await db.Roles.Where(r => r.Name == StaffRoles.Editor).Select(r => r.Id).FirstOrDefaultAsync(cancel);
        return await db.Users
            .Where(u => u.AgencyId != null && beneath.Contains(u.AgencyId.Value) && u.DisabledAt == null)
            .Where(u => db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == editorRole))
            .OrderBy(u => u.UserName)
            .Select(u => new HandlerChoice(u.UserName!, u.DisplayName, u.AgencyId!.Value)).ToListAsync(cancel);
    }

    public Task<List<ApplicationAttachment>> AttachmentsAsync(int applicationId, CancellationToken cancel = default) =>
        db.Set<ApplicationAttachment>().AsNoTracking().Where(a => a.ApplicationId == applicationId).OrderBy(a => a.Id).ToListAsync(cancel);

    /// <summary>The stage in words an applicant understands; the office's internal routing is not shown.</summary>
    public static string PublicStage(ApplicationState state) => state switch
    {
        ApplicationState.Submitted or ApplicationState.SignedFor => "已收到，待受理",
        ApplicationState.Accepted or ApplicationState.Assigned or ApplicationState.UnderReview or ApplicationState.Approved => "办理中",
        ApplicationState.CorrectionRequested => "待补正（请按补正告知书补正）",
        ApplicationState.Consulting => "征求意见中（期间不计入答复期限）",
        ApplicationState.AwaitingFee => "待缴费（请按收费通知缴费）",
        ApplicationState.Decided => "已答复",
        _ => "已办结",
    };

    private static string? DueNote(DisclosureApplication application) => application.State switch
    {
        ApplicationState.CorrectionRequested => "答复期限自收到补正后的申请之日起重新计算",
        ApplicationState.Consulting or ApplicationState.AwaitingFee => "答复期限暂停计算",
        _ when application.DueProblem is not null => "答复期限待定（尚未载入相关年份的节假日安排）",
        _ => null,
    };

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
