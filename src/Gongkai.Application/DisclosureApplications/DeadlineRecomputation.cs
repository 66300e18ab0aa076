using Gongkai.Application.Audit;
using Gongkai.Application.Calendar;
using Gongkai.Application.Data;
using Gongkai.Domain.DisclosureApplications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.DisclosureApplications;

/// <summary>
/// When the calendar changes (a year's notice imported or corrected, an agency's override), every open
/// application it may affect has its deadlines computed again from its stored inputs; each one that moved gets
/// an event in its log and an entry in the audit log, in the same transaction as the change.
/// </summary>
public sealed class DeadlineRecomputation(GongkaiDbContext db, ApplicationClocks clocks, AuditLog audit) : ICalendarChangeHandler
{
    private const int Batch = 500;

    public async Task<int> HandleAsync(CalendarSnapshot calendar, IReadOnlySet<int>? agencies, string change, string actor, CancellationToken cancel)
    {
        var open = db.Set<DisclosureApplication>()
            .Where(a => a.State != ApplicationState.Decided && a.State != ApplicationState.Closed);
        if (agencies is not null)
        {
            var ids = agencies.ToList();
            open = open.Where(a => ids.Contains(a.AgencyId));
        }

        var idList = await open.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancel);
        var today = clocks.Today;
        var moved = 0;
        foreach (var chunk in idList.Chunk(Batch))
        {
            var applications = await db.Set<DisclosureApplication>().Include(a => a.Events).Include(a => a.Pauses).AsSplitQuery()
                .Where(a => chunk.Contains(a.Id)).ToListAsync(cancel);
            foreach (var application in applications)
            {
                var context = new ActionContext(actor, clocks.Now, today, today, calendar.ClockFor(application.AgencyId));
                if (application.RecomputeAfterCalendarChange(context, change))
                {
                    audit.Record(actor, "application.deadline-recomputed", $"application:{application.Id}", $"{application.TrackingNumber}：{application.Events[^1].Summary}");
                    moved++;
                }
            }
        }

        return moved;
    }
}
