using Gongkai.Application.Accounts;
using Gongkai.Application.Data;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.DisclosureApplications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.DisclosureApplications.Supervision;

/// <summary>
/// 督办: the sweep that writes notices for steps due soon or overdue (run by the host every hour and before a
/// work list is shown), and each member of staff's notices. The whole sweep (the host's) also e-mails the
/// handlers their notices (<see cref="SupervisionMail"/>); an agency's sweep before its work list does not, so that
/// showing a page never waits for an SMTP server.
/// </summary>
public sealed class SupervisionNotices(GongkaiDbContext db, ApplicationClocks clocks, SupervisionMail mail)
{
    /// <summary>
    /// Notices not yet written for open applications whose step is due soon or past (all agencies, or one); returns
    /// how many were written. For all agencies, then e-mails the notices not yet e-mailed.
    /// </summary>
    public async Task<int> SweepAsync(int? agencyId = null, CancellationToken cancel = default)
    {
        var written = await WriteAsync(agencyId, cancel);
        if (agencyId is null)
        {
            await mail.SendPendingAsync(cancel);
        }

        return written;
    }

    private async Task<int> WriteAsync(int? agencyId, CancellationToken cancel)
    {
        var today = clocks.Today;
        // Three working days are at most a fortnight of calendar days, whatever the holidays.
        var horizon = today.AddDays(15);
        var query = db.Set<DisclosureApplication>().AsNoTracking()
            .Where(a => a.State != ApplicationState.Decided && a.State != ApplicationState.Closed && a.StepDueOn != null && a.StepDueOn <= horizon);
        if (agencyId is { } id)
        {
            query = query.Where(a => a.AgencyId == id || a.HandlingAgencyId == id);
        }

        var candidates = await query.Select(a => new { a.Id, a.AgencyId, a.TrackingNumber, a.State, a.StepDueOn, a.HandlerUserName }).ToListAsync(cancel);
        if (candidates.Count == 0)
        {
            return 0;
        }

        var ids = candidates.Select(c => c.Id).ToList();
        var written = (await db.Set<SupervisionNotice>().AsNoTracking().Where(n => ids.Contains(n.ApplicationId))
            .Select(n => new { n.ApplicationId, n.StepDueOn, n.Level }).ToListAsync(cancel)).ToHashSet();
        var snapshot = await clocks.SnapshotAsync(cancel);
        var added = 0;
        foreach (var c in candidates)
        {
            var (flag, left) = ApplicationQueries.DueStatusOf(snapshot.For(c.AgencyId), today, c.StepDueOn);
            if (flag == DueStatus.None || written.Contains(new { ApplicationId = c.Id, StepDueOn = c.StepDueOn!.Value, Level = flag }))
            {
                continue;
            }

            var recipient = c.State == ApplicationState.Assigned ? c.HandlerUserName : null;
            var step = ApplicationWorkflow.StateName(c.State);
            var when = flag == DueStatus.Overdue
                ? $"已于 {ChineseDateText.Iso(c.StepDueOn.Value)} 到期{(left is { } l ? $"（逾期 {-l} 个工作日）" : "")}"
                : $"将于 {ChineseDateText.Iso(c.StepDueOn.Value)} 到期（还有 {left} 个工作日）";
            db.Add(new SupervisionNotice
            {
                ApplicationId = c.Id, AgencyId = c.AgencyId, Recipient = recipient, Level = flag, StepDueOn = c.StepDueOn.Value, State = c.State,
                Message = $"督办：申请 {c.TrackingNumber}（{step}）{when}，请抓紧办理", CreatedAt = clocks.Now,
            });
            added++;
        }

        try
        {
            await db.SaveChangesAsync(cancel);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            // Another sweep wrote the same notice first.
            db.ChangeTracker.Clear();
            return 0;
        }

        return added;
    }

    /// <summary>The notices addressed to this member of staff or to their office, unread first, newest first.</summary>
    public Task<List<SupervisionNotice>> ForAsync(StaffContext staff, int take = 50, CancellationToken cancel = default)
    {
        var agency = staff.AgencyId ?? -1;
        var office = staff.IsEditor || staff.IsReviewer;
        return db.Set<SupervisionNotice>().AsNoTracking()
            .Where(n => n.Recipient == staff.UserName || (office && n.Recipient == null && n.AgencyId == agency))
            .OrderBy(n => n.ReadAt == null ? 0 : 1).ThenByDescending(n => n.Id).Take(take).ToListAsync(cancel);
    }

    public async Task MarkReadAsync(StaffContext staff, long id, CancellationToken cancel = default)
    {
        var notice = await db.Set<SupervisionNotice>().FirstOrDefaultAsync(n => n.Id == id, cancel);
        if (notice is null || !(notice.Recipient == staff.UserName || (notice.Recipient == null && notice.AgencyId == staff.AgencyId)))
        {
            throw GongkaiException.NotFound("督办通知");
        }

        (notice.ReadAt, notice.ReadBy) = (clocks.Now, staff.UserName);
        await db.SaveChangesAsync(cancel);
    }
}
