using Gongkai.Application.Data;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Reporting;

/// <summary>A 主动公开 item past 条例第二十六条's 20 working days from its 成文日期: not yet published, or published late.</summary>
public sealed record OverdueItem(int ItemId, string Title, DateOnly WrittenOn, DateOnly Due, DateOnly? PublishedOn, string Status);

/// <summary>
/// 条例第二十六条: proactive information is published within 20 working days of being made (成文日期), counted
/// on the working-day calendar (the day itself not counted). Lists what is past the limit today.
/// </summary>
public sealed class OverdueItems(GongkaiDbContext db, TimeProvider clock)
{
    public const int WorkingDays = 20;

    public async Task<IReadOnlyList<OverdueItem>> ListAsync(int agencyId, CancellationToken cancel = default)
    {
        var today = ShanghaiTime.Today(clock);
        var versions = await (from v in db.Set<CatalogItemVersion>().AsNoTracking().IgnoreAutoIncludes()
                              join i in db.CatalogItems.IgnoreAutoIncludes() on v.ItemId equals i.Id
                              where i.AgencyId == agencyId && v.Content.Disclosure == DisclosureMode.Proactive && !v.Imported && v.Number == 1
                              select new { v.ItemId, v.Content.Title, v.Content.WrittenOn, v.Content.PublishedOn, v.Status })
            .ToListAsync(cancel);
        var overdue = new List<OverdueItem>();
        foreach (var v in versions)
        {
            var due = Due(v.WrittenOn);
            var published = v.Status is CatalogItemStatus.Published or CatalogItemStatus.Repealed or CatalogItemStatus.Superseded ? v.PublishedOn : null;
            if (due is { } limit && (published is null ? today > limit : published > limit))
            {
                overdue.Add(new OverdueItem(v.ItemId, v.Title, v.WrittenOn, limit, published, CatalogWorkflow.StatusName(v.Status)));
            }
        }

        return overdue.OrderBy(o => o.Due).ThenBy(o => o.ItemId).ToList();
    }

    /// <summary>The last day to publish, or null where the calendar does not cover the date (no guess is made).</summary>
    public static DateOnly? Due(DateOnly written)
    {
        try
        {
            return OfficialArrangement.Calendar.AddWorkingDays(written, WorkingDays);
        }
        catch (CalendarException)
        {
            return null;
        }
    }
}
