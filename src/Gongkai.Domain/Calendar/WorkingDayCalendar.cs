using System.Runtime.CompilerServices;

namespace Gongkai.Domain.Calendar;

/// <summary>
/// 工作日: Monday to Friday, less the days off of the State Council's arrangement, plus its 调休 Saturdays and
/// Sundays, then the agency's overrides. Immutable. It covers the calendar years whose arrangement is loaded
/// (Jan 1 to Dec 31 of each <see cref="ArrangementRow.ArrangementYear"/>) and refuses any other date with a
/// <see cref="DateOutsideCalendarException"/> rather than guess; an answer that would have to walk through an
/// uncovered year is refused the same way.
/// </summary>
/// <remarks>
/// Every day of the span gets its working-day ordinal (working days from the span's start through that
/// day) and every ordinal its date, so adding working days is two array reads: no loop over days.
/// </remarks>
public sealed class WorkingDayCalendar
{
    private readonly DaySlot[] _days;
    private readonly DateOnly[] _workingDays;
    private readonly int _firstDayNumber;

    private WorkingDayCalendar(IReadOnlyList<ArrangementRow> rows, IReadOnlyList<CalendarOverride> overrides, IReadOnlyList<int> years)
    {
        Arrangement = rows;
        Overrides = overrides;
        Years = years;
        if (years.Count == 0)
        {
            (_days, _workingDays) = ([], []);
            return;
        }

        var first = new DateOnly(years[0], 1, 1);
        var last = new DateOnly(years[^1], 12, 31);
        _firstDayNumber = first.DayNumber;
        var kinds = new Dictionary<DateOnly, DayKind>();
        foreach (var row in rows)
        {
            kinds[row.Date] = row.Kind;
        }

        foreach (var change in overrides)
        {
            kinds[change.Date] = change.Kind;
        }

        var covered = years.ToHashSet();
        _days = new DaySlot[last.DayNumber - first.DayNumber + 1];
        var workingDays = new List<DateOnly>(_days.Length * 3 / 4);
        for (var i = 0; i < _days.Length; i++)
        {
            var day = first.AddDays(i);
            var working = kinds.TryGetValue(day, out var kind)
                ? kind == DayKind.Work
                : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            if (working)
            {
                workingDays.Add(day);
            }

            _days[i] = new DaySlot(workingDays.Count, covered.Contains(day.Year) ? 0 : -1);
        }

        _workingDays = [.. workingDays];
        // Reach: the last ordinal of the run of consecutive covered years a day belongs to.
        for (var i = _days.Length - 1; i >= 0; i--)
        {
            if (_days[i].Reach < 0)
            {
                continue;
            }

            var reach = i + 1 < _days.Length && _days[i + 1].Reach >= 0 ? _days[i + 1].Reach : _days[i].Ordinal;
            _days[i] = _days[i] with { Reach = reach };
        }
    }

    /// <summary>The arrangement years loaded, ascending: the years whose dates the calendar answers for.</summary>
    public IReadOnlyList<int> Years { get; }

    public IReadOnlyList<ArrangementRow> Arrangement { get; }

    public IReadOnlyList<CalendarOverride> Overrides { get; }

    /// <summary>
    /// The calendar of these arrangement rows (the shipped years and any imported ones) and the agency's
    /// overrides. Refused with every problem listed: a date given as off in one row and work in another, a
    /// notice year that cannot own its date, overrides of one date that disagree, an override without reason.
    /// </summary>
    public static WorkingDayCalendar Create(IEnumerable<ArrangementRow> rows, IEnumerable<CalendarOverride>? overrides = null)
    {
        var rowList = rows.ToList();
        var overrideList = (overrides ?? []).ToList();
        var problems = new List<string>();
        foreach (var row in rowList)
        {
            if (ArrangementRules.YearProblem(row.Date, row.ArrangementYear) is { } problem)
            {
                problems.Add(problem);
            }
        }

        foreach (var sameDay in rowList.GroupBy(r => r.Date).Where(g => g.Select(r => r.Kind).Distinct().Count() > 1))
        {
            problems.Add($"{ChineseDateText.Iso(sameDay.Key)} 在放假安排中既列为放假又列为上班（{string.Join("、", sameDay.Select(r => $"{r.ArrangementYear} 年通知：{ArrangementRules.KindName(r.Kind)}"))}）");
        }

        foreach (var change in overrideList.Where(o => string.IsNullOrWhiteSpace(o.Reason)))
        {
            problems.Add($"本机关对 {ChineseDateText.Iso(change.Date)} 的调整没有说明依据（如某省人民政府的通知）");
        }

        foreach (var sameDay in overrideList.GroupBy(o => o.Date).Where(g => g.Select(o => o.Kind).Distinct().Count() > 1))
        {
            problems.Add($"本机关对 {ChineseDateText.Iso(sameDay.Key)} 的调整既列为放假又列为上班");
        }

        if (problems.Count > 0)
        {
            throw new CalendarDataException(problems);
        }

        var years = rowList.Select(r => r.ArrangementYear).Distinct().Order().ToList();
        return new WorkingDayCalendar(rowList, overrideList, years);
    }

    /// <summary>
    /// This calendar with the given rows as the whole arrangement of each year they belong to: an imported
    /// new year is added, an imported correction of a loaded year replaces that year's rows.
    /// </summary>
    public WorkingDayCalendar WithArrangement(IEnumerable<ArrangementRow> rows)
    {
        var imported = rows.ToList();
        var replaced = imported.Select(r => r.ArrangementYear).ToHashSet();
        return Create(Arrangement.Where(r => !replaced.Contains(r.ArrangementYear)).Concat(imported), Overrides);
    }

    /// <summary>This calendar with these overrides instead of its own.</summary>
    public WorkingDayCalendar WithOverrides(IEnumerable<CalendarOverride> overrides) => Create(Arrangement, overrides);

    public bool Covers(DateOnly date)
    {
        var i = date.DayNumber - _firstDayNumber;
        return (uint)i < (uint)_days.Length && _days[i].Reach >= 0;
    }

    public bool IsWorkingDay(DateOnly date)
    {
        var i = Index(date);
        return _days[i].Ordinal != (i == 0 ? 0 : _days[i - 1].Ordinal);
    }

    /// <summary>
    /// The <paramref name="n"/>-th working day after <paramref name="start"/>; <paramref name="start"/> itself never
    /// counts, whether or not it is a working day (n = 0 gives <paramref name="start"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        // The hot path only: two array reads and two compares; every refusal is sorted out in RefuseAdd.
        var days = _days;
        var i = start.DayNumber - _firstDayNumber;
        if ((uint)i < (uint)days.Length)
        {
            // Reach - Ordinal: the working days known after this day (negative when its year is not covered).
            var slot = days[i];
            if (n > 0 && n <= slot.Reach - slot.Ordinal)
            {
                return _workingDays[slot.Ordinal + n - 1];
            }

            if (n == 0 && slot.Reach >= 0)
            {
                return start;
            }
        }

        RefuseAdd(start, n);
        return default;
    }

    /// <summary>The working days after <paramref name="after"/> up to and including <paramref name="through"/>.</summary>
    public int WorkingDaysBetween(DateOnly after, DateOnly through)
    {
        if (through < after)
        {
            throw new ArgumentOutOfRangeException(nameof(through), $"{ChineseDateText.Iso(through)} 早于 {ChineseDateText.Iso(after)}");
        }

        var from = _days[Index(after)];
        var to = _days[Index(through)];
        return to.Reach == from.Reach
            ? to.Ordinal - from.Ordinal
            : throw BeyondReach(after, $" {ChineseDateText.Iso(after)} 至 {ChineseDateText.Iso(through)} 之间的工作日");
    }

    /// <summary>Only throws, so the JIT treats the call as no-return and keeps the caller's loop tight.</summary>
    private void RefuseAdd(DateOnly start, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        throw Covers(start) ? BeyondReach(start, $" {ChineseDateText.Iso(start)} 之后第 {n} 个工作日") : Outside(start);
    }

    /// <summary>
    /// The date with its weekday, and 调休上班 or 放假 where the arrangement moved it:
    /// 2024-10-12（星期六，调休上班）, 2024-10-07（星期一，放假）.
    /// </summary>
    public string Describe(DateOnly date)
    {
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var working = IsWorkingDay(date);
        var moved = weekend == working ? (working ? "，调休上班" : "，放假") : "";
        return $"{ChineseDateText.Iso(date)}（星期{ChineseDateText.WeekdayName(date.DayOfWeek)}{moved}）";
    }

    /// <summary>Working days from the span's start through <paramref name="date"/> (covered dates only).</summary>
    internal int Ordinal(DateOnly date) => _days[Index(date)].Ordinal;

    /// <summary>The highest ordinal reachable from <paramref name="date"/> without leaving the covered years.</summary>
    internal int Reach(DateOnly date) => _days[Index(date)].Reach;

    internal DateOnly DateOf(int ordinal) => _workingDays[ordinal - 1];

    /// <summary>The refusal for an answer that would need dates past the covered run that <paramref name="start"/> is in.</summary>
    internal DateOutsideCalendarException BeyondReach(DateOnly start, string what)
    {
        var i = Index(start);
        while (i < _days.Length && _days[i].Reach >= 0)
        {
            i++;
        }

        var firstUnknown = DateOnly.FromDayNumber(_firstDayNumber + i);
        return new DateOutsideCalendarException(firstUnknown, Years,
            $"无法计算{what}：{ChineseDateText.Iso(firstUnknown)} 起的日期不在已载入放假安排的年份内（{Loaded}），" +
            $"无法判断是否为工作日。请先导入 {firstUnknown.Year} 年的国务院办公厅节假日安排通知");
    }

    private string Loaded => Years.Count == 0 ? "尚未载入任何年份" : $"已载入：{ChineseDateText.Years(Years)} 年";

    private int Index(DateOnly date)
    {
        var i = date.DayNumber - _firstDayNumber;
        return (uint)i < (uint)_days.Length && _days[i].Reach >= 0 ? i : throw Outside(date);
    }

    private DateOutsideCalendarException Outside(DateOnly date) => new(date, Years,
        $"{ChineseDateText.Iso(date)} 不在已载入放假安排的年份内（{Loaded}），无法判断是否为工作日。" +
        $"请先导入 {date.Year} 年的国务院办公厅节假日安排通知");

    /// <param name="Ordinal">Working days from the span's start through this day.</param>
    /// <param name="Reach">The last ordinal of this day's run of covered years; -1 when its year is not covered.</param>
    private readonly record struct DaySlot(int Ordinal, int Reach);
}
