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
/// day) and every ordinal its date, so adding working days is two array reads: no loop over days
/// (benchmarks/README.md: more than half the speed of a bare ordinal-array lookup, which checks nothing).
/// </remarks>
public sealed class WorkingDayCalendar
{
    private readonly long[] _days;
    private readonly bool[] _covered;
    private readonly DateOnly[] _workingDays;
    private readonly int _firstDayNumber;

    private WorkingDayCalendar(IReadOnlyList<ArrangementRow> rows, IReadOnlyList<CalendarOverride> overrides, IReadOnlyList<int> years)
    {
        Arrangement = rows;
        Overrides = overrides;
        Years = years;
        if (years.Count == 0)
        {
            (_days, _covered, _workingDays) = ([], [], []);
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

        var coveredYears = years.ToHashSet();
        var length = last.DayNumber - first.DayNumber + 1;
        (_days, _covered) = (new long[length], new bool[length]);
        var ordinals = new int[length];
        var workingDays = new List<DateOnly>(length * 3 / 4);
        for (var i = 0; i < length; i++)
        {
            var day = first.AddDays(i);
            var working = kinds.TryGetValue(day, out var kind)
                ? kind == DayKind.Work
                : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            if (working)
            {
                workingDays.Add(day);
            }

            ordinals[i] = workingDays.Count;
            _covered[i] = coveredYears.Contains(day.Year);
        }

        _workingDays = [.. workingDays];
        // Room: working days from the day to the end of its run of consecutive covered years.
        var runEnd = 0;
        for (var i = length - 1; i >= 0; i--)
        {
            runEnd = i + 1 < length && _covered[i + 1] ? runEnd : ordinals[i];
            _days[i] = Pack(ordinals[i], _covered[i] ? runEnd - ordinals[i] : 0);
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
        return (uint)i < (uint)_covered.Length && _covered[i];
    }

    public bool IsWorkingDay(DateOnly date)
    {
        var i = Index(date);
        return (int)_days[i] != (i == 0 ? 0 : (int)_days[i - 1]);
    }

    /// <summary>
    /// The <paramref name="n"/>-th working day after <paramref name="start"/>; <paramref name="start"/> itself never
    /// counts, whether or not it is a working day (n = 0 gives <paramref name="start"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        // The hot path: two array reads and one compare (1 ≤ n ≤ Room; Room is 0 outside the covered years).
        // The only call is the throw-only RefuseAdd, so a caller's loop keeps no call on its way round.
        var days = _days;
        var i = start.DayNumber - _firstDayNumber;
        if ((uint)i < (uint)days.Length)
        {
            var slot = days[i];
            if ((uint)(n - 1) < (uint)(slot >> 32))
            {
                return _workingDays[(int)slot + n - 1];
            }

            if (n == 0 && _covered[i])
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
        return Reach(to) == Reach(from)
            ? (int)to - (int)from
            : throw BeyondReach(after, $" {ChineseDateText.Iso(after)} 至 {ChineseDateText.Iso(through)} 之间的工作日");
    }

    /// <summary>Only throws: the JIT then keeps the call out of its caller's loop.</summary>
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
    internal int Ordinal(DateOnly date) => (int)_days[Index(date)];

    /// <summary>The highest ordinal reachable from <paramref name="date"/> without leaving the covered years.</summary>
    internal int Reach(DateOnly date) => Reach(_days[Index(date)]);

    internal DateOnly DateOf(int ordinal) => _workingDays[ordinal - 1];

    /// <summary>The refusal for an answer that would need dates past the covered run that <paramref name="start"/> is in.</summary>
    internal DateOutsideCalendarException BeyondReach(DateOnly start, string what)
    {
        var i = Index(start);
        while (i < _covered.Length && _covered[i])
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
        return (uint)i < (uint)_covered.Length && _covered[i] ? i : throw Outside(date);
    }

    private DateOutsideCalendarException Outside(DateOnly date) => new(date, Years,
        $"{ChineseDateText.Iso(date)} 不在已载入放假安排的年份内（{Loaded}），无法判断是否为工作日。" +
        $"请先导入 {date.Year} 年的国务院办公厅节假日安排通知");

    /// <summary>
    /// A day's slot in one long, so the hot path reads it in one load: the low half is the ordinal (working
    /// days from the span's start through the day), the high half the room (working days after it up to
    /// the end of its run of covered years; 0 when its year is not covered).
    /// </summary>
    private static long Pack(int ordinal, int room) => ((long)room << 32) | (uint)ordinal;

    private static int Reach(long slot) => (int)slot + (int)(slot >> 32);
}
