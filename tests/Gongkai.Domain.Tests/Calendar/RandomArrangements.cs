using System.Globalization;
using System.Text;
using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>
/// Arrangements the way the notices make them, at random (seeded): for each year a handful of holidays of
/// one to nine days off with a 调休 Saturday or Sunday beside some of them, sometimes reaching back into the
/// previous December; years with a gap; agency overrides.
/// </summary>
internal static class RandomArrangements
{
    private static readonly string[] WeekdayNames = ["日", "一", "二", "三", "四", "五", "六"];

    public static List<ArrangementRow> Rows(Random random, IReadOnlyList<int> years)
    {
        var rows = new Dictionary<DateOnly, ArrangementRow>();
        foreach (var year in years)
        {
            for (var holiday = 0; holiday < random.Next(4, 9); holiday++)
            {
                var first = new DateOnly(year, 1, 1).AddDays(random.Next(-3, 360));
                if (first.Year < year && random.Next(2) == 0)
                {
                    first = new DateOnly(year, 1, 1);
                }

                var length = random.Next(1, 10);
                var name = $"节日{holiday}";
                for (var i = 0; i < length; i++)
                {
                    var day = first.AddDays(i);
                    if (day.Year <= year)
                    {
                        rows.TryAdd(day, new ArrangementRow(day, DayKind.Off, name, year));
                    }
                }

                // A make-up day on the nearest weekend day before or after, as the notices do.
                var makeUp = random.Next(2) == 0 ? first.AddDays(-random.Next(1, 7)) : first.AddDays(length + random.Next(0, 7));
                if (makeUp.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && makeUp.Year <= year && makeUp.Year >= year - 1
                    && (makeUp.Year == year || makeUp.Month == 12))
                {
                    rows.TryAdd(makeUp, new ArrangementRow(makeUp, DayKind.Work, name, year));
                }
            }
        }

        return [.. rows.Values.OrderBy(r => r.Date)];
    }

    /// <summary>Years from a random start, with one missing in the middle now and then.</summary>
    public static List<int> Years(Random random)
    {
        var start = random.Next(2001, 2090);
        var years = Enumerable.Range(start, random.Next(1, 7)).ToList();
        if (years.Count > 2 && random.Next(3) == 0)
        {
            years.RemoveAt(random.Next(1, years.Count - 1));
        }

        return years;
    }

    public static List<CalendarOverride> Overrides(Random random, IReadOnlyList<int> years)
    {
        var overrides = new Dictionary<DateOnly, CalendarOverride>();
        for (var i = 0; i < random.Next(0, 12); i++)
        {
            var day = new DateOnly(years[random.Next(years.Count)], 1, 1).AddDays(random.Next(0, 365));
            overrides.TryAdd(day, new CalendarOverride(day, random.Next(2) == 0 ? DayKind.Off : DayKind.Work, "某省人民政府通知"));
        }

        return [.. overrides.Values];
    }

    public static string ToCsv(IEnumerable<ArrangementRow> rows)
    {
        var csv = new StringBuilder("# generated\ndate,kind,holiday,weekday,arrangement_year\n");
        foreach (var row in rows)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{row.Date:yyyy-MM-dd},{(row.Kind == DayKind.Off ? "off" : "work")},{row.Holiday},{WeekdayNames[(int)row.Date.DayOfWeek]},{row.ArrangementYear}\n");
        }

        return csv.ToString();
    }

    public static NaiveCalendar Naive(IEnumerable<ArrangementRow> rows, IEnumerable<CalendarOverride> overrides) => NaiveCalendar.From(
        rows.Select(r => (r.Date, r.Kind == DayKind.Work, r.ArrangementYear)),
        overrides.Select(o => (o.Date, o.Kind == DayKind.Work)));
}
