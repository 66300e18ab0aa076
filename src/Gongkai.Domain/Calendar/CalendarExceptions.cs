namespace Gongkai.Domain.Calendar;

/// <summary>The calendar or the statutory clock refused its input; the message is for the user, in Chinese.</summary>
public abstract class CalendarException(string message) : Exception(message);

/// <summary>
/// A date outside the years whose holiday arrangement is loaded: the calendar does not know whether it is a
/// working day and refuses to guess. <see cref="Date"/> is the first date it would have needed.
/// </summary>
public sealed class DateOutsideCalendarException(DateOnly date, IReadOnlyList<int> loadedYears, string message)
    : CalendarException(message)
{
    public DateOnly Date { get; } = date;

    public IReadOnlyList<int> LoadedYears { get; } = loadedYears;
}

/// <summary>Arrangement rows or overrides that contradict each other; nothing of them was used.</summary>
public sealed class CalendarDataException(IReadOnlyList<string> problems)
    : CalendarException("工作日历数据有误：" + string.Join("；", problems.Take(5)) + (problems.Count > 5 ? $"；等共 {problems.Count} 处" : ""))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>Dates that cannot all be true (a correction before the receipt, a pause ending before it starts…).</summary>
public sealed class ClockInputException(string message) : CalendarException(message);
