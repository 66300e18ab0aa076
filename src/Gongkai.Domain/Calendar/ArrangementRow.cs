namespace Gongkai.Domain.Calendar;

/// <summary>What a notice or an override says about one date.</summary>
public enum DayKind
{
    /// <summary>放假: a day off, whatever day of the week it is.</summary>
    Off,

    /// <summary>上班: a working day; on a Saturday or Sunday this is 调休上班.</summary>
    Work,
}

/// <summary>
/// One line of the State Council General Office's yearly holiday arrangement (国务院办公厅关于某年部分节假日安排的通知).
/// <paramref name="ArrangementYear"/> is the year of the notice, which may reach back into the previous
/// December (the 2019 notice moved 2018-12-29 to 2018-12-31).
/// </summary>
public sealed record ArrangementRow(DateOnly Date, DayKind Kind, string Holiday, int ArrangementYear);

/// <summary>
/// An agency's own change to the national arrangement: a provincial extra day off, or an extra working day.
/// It wins over the national arrangement for its date; it never extends the years the calendar covers.
/// </summary>
public sealed record CalendarOverride(DateOnly Date, DayKind Kind, string Reason);

/// <summary>Rules every arrangement row obeys, wherever it comes from (the shipped file, an import, the database).</summary>
internal static class ArrangementRules
{
    public static string KindName(DayKind kind) => kind == DayKind.Off ? "放假" : "上班（调休）";

    /// <summary>A notice covers its own year and, at most, the last days of the December before it.</summary>
    public static string? YearProblem(DateOnly date, int arrangementYear)
    {
        if (arrangementYear == date.Year || (arrangementYear == date.Year + 1 && date.Month == 12))
        {
            return null;
        }

        var allowed = date.Month == 12 ? $"{date.Year} 或 {date.Year + 1}（12 月的日期也可属于下一年度的通知）" : $"{date.Year}";
        return $"放假安排年度 {arrangementYear} 与日期 {ChineseDateText.Iso(date)} 不符，应为 {allowed}";
    }
}
