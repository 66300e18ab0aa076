using System.Collections.Concurrent;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Calendar;

namespace Gongkai.Application.Calendar;

/// <summary>
/// The calendar the platform uses at one revision: the national arrangement (shipped years, with imported
/// years added or replacing them) and each agency's calendar (the national one with the overrides of the
/// agency and of those above it, the nearest winning). Immutable; agencies' calendars are built on first use.
/// </summary>
public sealed class CalendarSnapshot
{
    private readonly IReadOnlyDictionary<int, List<CalendarOverride>> _overrides;
    private readonly IReadOnlyDictionary<int, int?> _parents;
    private readonly ConcurrentDictionary<int, WorkingDayCalendar> _agencies = new();

    private CalendarSnapshot(long revision, WorkingDayCalendar national, IReadOnlyDictionary<int, List<CalendarOverride>> overrides,
        IReadOnlyDictionary<int, int?> parents, ClockOptions options)
    {
        (Revision, National, _overrides, _parents, Options) = (revision, national, overrides, parents, options);
    }

    public long Revision { get; }

    public WorkingDayCalendar National { get; }

    public ClockOptions Options { get; }

    /// <summary>
    /// Builds a snapshot; refused (<see cref="CalendarDataException"/>) where the rows or overrides contradict
    /// each other, so that nothing contradictory is ever stored.
    /// </summary>
    public static CalendarSnapshot Build(long revision, IEnumerable<ArrangementRow> imported, IEnumerable<(int AgencyId, CalendarOverride Override)> overrides,
        IEnumerable<Agency> agencies, ClockOptions options)
    {
        var national = OfficialArrangement.Calendar.WithArrangement(imported);
        var byAgency = overrides.GroupBy(o => o.AgencyId).ToDictionary(g => g.Key, g => g.Select(o => o.Override).ToList());
        var snapshot = new CalendarSnapshot(revision, national, byAgency, agencies.ToDictionary(a => a.Id, a => a.ParentId), options);
        foreach (var agency in byAgency.Keys)
        {
            snapshot.For(agency);
        }

        return snapshot;
    }

    /// <summary>The agency's working days: the national calendar with its own and its parents' overrides.</summary>
    public WorkingDayCalendar For(int agencyId) => _agencies.GetOrAdd(agencyId, id =>
    {
        var chain = new List<int>();
        for (int? current = id; current is { } c && chain.Count < 20 && !chain.Contains(c); current = _parents.GetValueOrDefault(c))
        {
            chain.Add(c);
        }

        // Nearest first: an agency's own override wins over its government's for the same date.
        var merged = new Dictionary<DateOnly, CalendarOverride>();
        foreach (var change in chain.SelectMany(a => _overrides.GetValueOrDefault(a) ?? []))
        {
            merged.TryAdd(change.Date, change);
        }

        return merged.Count == 0 ? National : National.WithOverrides(merged.Values);
    });

    public StatutoryClock ClockFor(int agencyId) => new(For(agencyId), Options);
}
