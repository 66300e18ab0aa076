using System.Globalization;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>
/// The calendar the slow, obvious way, written apart from the product's code so that the tests compare two
/// independent answers: its own reading of the CSV (a plain split), a dictionary of dates, and a walk day by day.
/// A null answer means "outside the loaded years".
/// </summary>
internal sealed class NaiveCalendar
{
    private readonly Dictionary<DateOnly, bool> _working = [];
    private readonly HashSet<int> _years = [];

    public IReadOnlyCollection<int> Years => _years;

    /// <summary>The CSV read line by line: comments, blank lines and the header skipped, later lines win.</summary>
    public static NaiveCalendar FromCsv(string text)
    {
        var calendar = new NaiveCalendar();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("date,", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line.Split(',');
            var date = DateOnly.ParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            calendar._working[date] = fields[1] == "work";
            calendar._years.Add(int.Parse(fields[4], CultureInfo.InvariantCulture));
        }

        return calendar;
    }

    public static NaiveCalendar From(IEnumerable<(DateOnly Date, bool Work, int Year)> rows, IEnumerable<(DateOnly Date, bool Work)> overrides)
    {
        var calendar = new NaiveCalendar();
        foreach (var (date, work, year) in rows)
        {
            calendar._working[date] = work;
            calendar._years.Add(year);
        }

        foreach (var (date, work) in overrides)
        {
            calendar._working[date] = work;
        }

        return calendar;
    }

    public bool Covers(DateOnly date) => _years.Contains(date.Year);

    public bool? IsWorking(DateOnly date)
    {
        if (!Covers(date))
        {
            return null;
        }

        return _working.TryGetValue(date, out var work) ? work : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    public DateOnly? Add(DateOnly start, int n)
    {
        if (!Covers(start))
        {
            return null;
        }

        var day = start;
        for (var counted = 0; counted < n;)
        {
            day = day.AddDays(1);
            var working = IsWorking(day);
            if (working is null)
            {
                return null;
            }

            counted += working.Value ? 1 : 0;
        }

        return day;
    }

    /// <summary>
    /// The answer deadline by walking day by day: every working day after the start (or from it, when the
    /// receipt day counts) that no pause covers (FROM &lt; day ≤ TO) counts, until <paramref name="period"/> days.
    /// </summary>
    public DateOnly? Due(DateOnly start, IReadOnlyList<(DateOnly From, DateOnly To)> pauses, int period, bool countReceiptDay)
    {
        if (!Covers(start))
        {
            return null;
        }

        var day = countReceiptDay ? start : start.AddDays(1);
        for (var counted = 0; ; day = day.AddDays(1))
        {
            var working = IsWorking(day);
            if (working is null)
            {
                return null;
            }

            if (working.Value && !pauses.Any(p => p.From < day && day <= p.To) && ++counted == period)
            {
                return day;
            }
        }
    }
}
