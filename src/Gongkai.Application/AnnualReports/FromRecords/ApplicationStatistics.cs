using System.Linq.Expressions;
using Gongkai.Application.Data;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.DisclosureApplications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.AnnualReports.FromRecords;

/// <summary>
/// Tables 三 and 四 of a year counted in the database (GROUP BY, never loading the applications), for one agency or
/// a whole hierarchy alike (the agencies are one list parameter):
/// <list type="bullet">
/// <item>一 本年新收: received in the year (收到申请之日); 二 上年结转: received before it and not decided before it;</item>
/// <item>三 办理结果: decided in the year (答复之日), each in its outcome's row; 四 结转下年度: received by 31 December and not decided by then;</item>
/// <item>table 四: the appeals filed in the year, each under its result as known on 31 December (尚未审结 without one).</item>
/// </list>
/// A decision is never before its receipt, so every application counted is in 一 or 二 and in 三 or 四 exactly once (C1).
/// </summary>
public sealed class ApplicationStatistics(GongkaiDbContext db)
{
    public async Task<(List<ApplicationTally> Applications, List<AppealTally> Appeals)> ComputeAsync(IReadOnlyCollection<int> agencyIds, int year, CancellationToken cancel = default)
    {
        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var ids = agencyIds.ToList();
        // One agency (the common case) as a plain equality: no list parameter for the database to unpack.
        var single = ids.Count == 1 ? ids[0] : (int?)null;
        Expression<Func<DisclosureApplication, bool>> ofApplications = single is { } one ? a => a.AgencyId == one : a => ids.Contains(a.AgencyId);
        Expression<Func<DisclosureAppeal, bool>> ofAppeals = single is { } only ? a => a.AgencyId == only : a => ids.Contains(a.AgencyId);
        var applications = await db.Set<DisclosureApplication>().AsNoTracking()
            .Where(ofApplications)
            .Where(a => a.ReceivedOn <= end && (a.DecidedOn == null || a.DecidedOn >= start))
            .GroupBy(a => new { a.Applicant.Type, Outcome = a.DecidedOn != null && a.DecidedOn <= end ? a.Outcome : null })
            .Select(g => new
            {
                g.Key.Type,
                g.Key.Outcome,
                NewReceived = g.Count(a => a.ReceivedOn >= start),
                CarriedOver = g.Count(a => a.ReceivedOn < start),
                Decided = g.Count(a => a.DecidedOn != null && a.DecidedOn <= end),
                CarriedForward = g.Count(a => a.DecidedOn == null || a.DecidedOn > end),
            })
            .ToListAsync(cancel);
        var appeals = await db.Set<DisclosureAppeal>().AsNoTracking()
            .Where(ofAppeals)
            .Where(a => a.FiledOn >= start && a.FiledOn <= end)
            .GroupBy(a => new { a.Kind, Result = a.ConcludedOn != null && a.ConcludedOn <= end ? a.Result : AppealResult.Pending })
            .Select(g => new { g.Key.Kind, g.Key.Result, Count = g.Count() })
            .ToListAsync(cancel);
        return (
            applications.Select(r => new ApplicationTally(r.Type, r.Outcome, r.NewReceived, r.CarriedOver, r.Decided, r.CarriedForward)).ToList(),
            appeals.Select(r => new AppealTally(r.Kind, r.Result, r.Count)).ToList());
    }
}
