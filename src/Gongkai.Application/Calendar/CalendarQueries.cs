using Gongkai.Application.Accounts;
using Gongkai.Application.Calendar.Data;
using Gongkai.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Calendar;

/// <summary>One agency's calendar as its staff see it: the years loaded, its overrides and those it inherits.</summary>
public sealed record AgencyCalendarView(IReadOnlyList<int> Years, IReadOnlyList<AgencyCalendarDay> Own, IReadOnlyList<AgencyCalendarDay> Inherited, IReadOnlyList<CalendarChange> Recent);

public sealed class CalendarQueries(GongkaiDbContext db, CalendarStore store)
{
    public async Task<AgencyCalendarView> ForAgencyAsync(StaffContext staff, int agencyId, CancellationToken cancel = default)
    {
        if (!staff.IsAdmin && staff.AgencyId != agencyId)
        {
            throw GongkaiException.NotFound("机关");
        }

        var snapshot = await store.CurrentAsync(db, cancel);
        var agencies = await db.Agencies.AsNoTracking().ToListAsync(cancel);
        var ancestors = new List<int>();
        for (var current = agencies.FirstOrDefault(a => a.Id == agencyId)?.ParentId; current is { } c && !ancestors.Contains(c); current = agencies.FirstOrDefault(a => a.Id == c)?.ParentId)
        {
            ancestors.Add(c);
        }

        var days = await db.Set<AgencyCalendarDay>().AsNoTracking()
            .Where(d => d.AgencyId == agencyId || ancestors.Contains(d.AgencyId)).OrderBy(d => d.Date).ToListAsync(cancel);
        var recent = await db.Set<CalendarChange>().AsNoTracking().OrderByDescending(c => c.Id).Take(20).ToListAsync(cancel);
        return new AgencyCalendarView(snapshot.National.Years, [.. days.Where(d => d.AgencyId == agencyId)], [.. days.Where(d => d.AgencyId != agencyId)], recent);
    }
}
