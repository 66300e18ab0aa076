using System.Globalization;

namespace Gongkai.Domain.Calendar;

/// <summary>Dates as the steps and messages print them: 2024-09-27（星期五）.</summary>
public static class ChineseDateText
{
    private static readonly string[] Weekdays = ["日", "一", "二", "三", "四", "五", "六"];

    /// <summary>一 … 日, as the arrangement CSV's weekday column writes it.</summary>
    public static string WeekdayName(DayOfWeek day) => Weekdays[(int)day];

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>2024年3月5日, as a letter is dated.</summary>
    public static string Written(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    public static string WithWeekday(DateOnly date) => $"{Iso(date)}（星期{WeekdayName(date.DayOfWeek)}）";

    /// <summary>2019–2026, or 2019–2026、2028 when a year is missing.</summary>
    public static string Years(IReadOnlyList<int> sortedYears)
    {
        if (sortedYears.Count == 0)
        {
            return "";
        }

        var runs = new List<string>();
        var start = sortedYears[0];
        for (var i = 1; i <= sortedYears.Count; i++)
        {
            if (i < sortedYears.Count && sortedYears[i] == sortedYears[i - 1] + 1)
            {
                continue;
            }

            var end = sortedYears[i - 1];
            runs.Add(start == end ? start.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{start}–{end}"));
            if (i < sortedYears.Count)
            {
                start = sortedYears[i];
            }
        }

        return string.Join("、", runs);
    }

    /// <summary>Strict YYYY-MM-DD (the CSV's and the command line's form).</summary>
    public static bool TryParseIso(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
