using Gongkai.Application.Data;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalog.Enforcement;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Enforcement;

/// <summary>A licensing or penalty decision made public late, or not yet and past its limit: how many working days late.</summary>
public sealed record LateDecision(long Id, EnforcementKind Kind, string Number, string Name, DateOnly DecidedOn, DateOnly Due, DateOnly? PublishedOn, int WorkingDaysLate);

/// <summary>
/// 双公示 (国办发〔2015〕51号, 国办发〔2018〕118号): 行政许可 and 行政处罚 decisions go online within 7 working days of
/// the decision, counted on the same working-day calendar as the catalog's 条例第二十六条 check
/// (<see cref="Reporting.OverdueItems"/>; the decision day itself not counted). Late: made public after the last
/// day, or still unpublished when today (the injected clock, Shanghai) is past it. A decision whose dates the
/// calendar does not cover is left out, as the catalog's check does (no guess is made).
/// </summary>
public sealed class DualPublicity(GongkaiDbContext db, TimeProvider clock)
{
    public const int WorkingDays = 7;

    /// <summary>At most this many are listed, the most recent decisions first (the page says when there are more).</summary>
    public const int ListLimit = 500;

    public async Task<(IReadOnlyList<LateDecision> Late, bool More)> ListAsync(int agencyId, CancellationToken cancel = default)
    {
        var today = ShanghaiTime.Today(clock);
        // 7 working days are at least 7 calendar days: only decisions left open or made public later than that can be late.
        var week = today.AddDays(-WorkingDays);
        var candidates = await db.Set<EnforcementRecord>().AsNoTracking()
            .Where(r => r.AgencyId == agencyId && !r.IsMatter && (r.Kind == EnforcementKind.Licensing || r.Kind == EnforcementKind.Penalty))
            .Where(r => r.PublishedOn == null ? r.Date < week : r.PublishedOn > r.Date.AddDays(WorkingDays))
            .OrderByDescending(r => r.Date).ThenByDescending(r => r.Id)
            .Select(r => new { r.Id, r.Kind, r.Number, r.Name, r.Date, r.PublishedOn })
            .ToListAsync(cancel);
        var late = new List<LateDecision>();
        foreach (var r in candidates)
        {
            if (Lateness(r.Date, r.PublishedOn, today) is { } found)
            {
                late.Add(new LateDecision(r.Id, r.Kind, r.Number, r.Name, r.Date, found.Due, r.PublishedOn, found.Days));
            }
        }

        return (late.Take(ListLimit).ToList(), late.Count > ListLimit);
    }

    /// <summary>The last day and the working days past it (made public, or today when not yet), or null when on time or not covered.</summary>
    public static (DateOnly Due, int Days)? Lateness(DateOnly decidedOn, DateOnly? publishedOn, DateOnly today)
    {
        try
        {
            var due = OfficialArrangement.Calendar.AddWorkingDays(decidedOn, WorkingDays);
            var until = publishedOn ?? today;
            return until > due ? (due, OfficialArrangement.Calendar.WorkingDaysBetween(due, until)) : null;
        }
        catch (CalendarException)
        {
            return null;
        }
    }
}
