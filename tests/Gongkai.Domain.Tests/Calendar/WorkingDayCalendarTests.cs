using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>
/// The shipped calendar against the State Council notices (国务院办公厅 notices 2019–2026, checked by hand) and against a
/// naive day-by-day walk over the CSV; random arrangements against the same walk.
/// </summary>
public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Shipped = OfficialArrangement.Calendar;
    private static readonly NaiveCalendar Naive = NaiveCalendar.FromCsv(OfficialArrangement.CsvText());

    [Theory]
    // 调休 Saturdays and Sundays that are working days
    [InlineData("2019-02-02", true)]
    [InlineData("2019-02-03", true)]
    [InlineData("2019-09-29", true)]
    [InlineData("2021-02-20", true)]
    [InlineData("2021-09-18", true)]
    [InlineData("2022-01-29", true)]
    [InlineData("2022-10-08", true)]
    [InlineData("2022-10-09", true)]
    [InlineData("2023-01-28", true)]
    [InlineData("2023-10-07", true)]
    [InlineData("2024-02-04", true)]
    [InlineData("2024-02-18", true)]
    [InlineData("2024-04-07", true)]
    [InlineData("2024-09-14", true)]
    [InlineData("2024-10-12", true)]
    [InlineData("2025-01-26", true)]
    [InlineData("2025-02-08", true)]
    [InlineData("2025-10-11", true)]
    [InlineData("2026-01-04", true)]
    // holidays on weekdays
    [InlineData("2019-02-04", false)]
    [InlineData("2019-12-31", true)]
    [InlineData("2024-10-07", false)]
    [InlineData("2026-02-23", false)]
    // the 2020 Spring Festival, extended for COVID to 02-02; 02-01 was to be a working Saturday
    [InlineData("2020-01-19", true)]
    [InlineData("2020-01-31", false)]
    [InlineData("2020-02-01", false)]
    [InlineData("2020-02-02", false)]
    [InlineData("2020-02-03", true)]
    // 2025's two extra holidays: 除夕 and 5月2日
    [InlineData("2025-01-28", false)]
    [InlineData("2025-05-02", false)]
    [InlineData("2025-10-08", false)]
    // ordinary days
    [InlineData("2024-03-13", true)]
    [InlineData("2024-03-16", false)]
    [InlineData("2022-12-31", false)]
    public void WorkingDaysFollowTheNotices(string date, bool working)
    {
        Assert.Equal(working, Shipped.IsWorkingDay(D(date)));
        Assert.Equal(working, Naive.IsWorking(D(date)));
    }

    [Theory]
    // a Friday receipt before National Day 2024: 09-29 (Sun) and 10-12 (Sat) worked, 10-01..07 off
    [InlineData("2024-09-27", 20, "2024-10-30")]
    // weekend receipts before 清明 2024: 04-04..06 off, 04-07 (Sun) worked
    [InlineData("2024-03-16", 20, "2024-04-15")]
    [InlineData("2024-03-17", 20, "2024-04-15")]
    // just before Spring Festival 2024: 02-04 and 02-18 (Sundays) worked, 02-10..17 off
    [InlineData("2024-02-02", 20, "2024-03-06")]
    // just before National Day 2025: 09-28 (Sun) and 10-11 (Sat) worked, 10-01..08 off
    [InlineData("2025-09-26", 20, "2025-10-30")]
    // the extended 2020 Spring Festival: off 01-24..02-02
    [InlineData("2020-01-23", 20, "2020-02-28")]
    // year boundary: 2026-01-01..03 off, 01-04 (Sun) worked
    [InlineData("2025-12-20", 20, "2026-01-19")]
    // 2025's 除夕 (01-28) off; 01-26 (Sun) and 02-08 (Sat) worked
    [InlineData("2025-01-20", 20, "2025-02-21")]
    // 2025's May Day with 5月2日: 05-01..05 off
    [InlineData("2025-04-28", 20, "2025-05-29")]
    // a receipt on a 调休 Sunday
    [InlineData("2024-09-29", 1, "2024-09-30")]
    [InlineData("2024-09-29", 2, "2024-10-08")]
    // the 2019 notice reaches back to 2018-12-30..2019-01-01
    [InlineData("2019-01-01", 1, "2019-01-02")]
    [InlineData("2024-05-06", 0, "2024-05-06")]
    [InlineData("2024-05-05", 0, "2024-05-05")]
    public void AddingWorkingDaysMatchesTheNotices(string start, int n, string expected)
    {
        Assert.Equal(D(expected), Shipped.AddWorkingDays(D(start), n));
        Assert.Equal(D(expected), Naive.Add(D(start), n));
    }

    [Fact]
    public void AddingWorkingDaysAgreesWithADayByDayWalkOverTheCsvForThousandsOfRandomDates()
    {
        var random = new Random(20240927);
        var first = new DateOnly(2019, 1, 1);
        var refused = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var start = first.AddDays(random.Next(0, 2922));
            var n = random.Next(10) == 0 ? random.Next(0, 2200) : random.Next(0, 45);
            var expected = Naive.Add(start, n);
            if (expected is null)
            {
                refused++;
                Assert.Throws<DateOutsideCalendarException>(() => Shipped.AddWorkingDays(start, n));
                continue;
            }

            Assert.Equal(expected.Value, Shipped.AddWorkingDays(start, n));
            Assert.Equal(n, Shipped.WorkingDaysBetween(start, expected.Value));
            Assert.Equal(Naive.IsWorking(start), Shipped.IsWorkingDay(start));
        }

        Assert.InRange(refused, 1, 5000);
    }

    [Fact]
    public void RandomArrangementsWithGapsAndOverridesAgreeWithTheWalk()
    {
        var random = new Random(711);
        for (var round = 0; round < 150; round++)
        {
            var years = RandomArrangements.Years(random);
            var rows = RandomArrangements.Rows(random, years);
            var overrides = RandomArrangements.Overrides(random, years);
            var calendar = WorkingDayCalendar.Create(rows, overrides);
            var naive = RandomArrangements.Naive(rows, overrides);
            Assert.Equal(years, calendar.Years);

            var first = new DateOnly(years[0] - 1, 12, 1);
            var days = new DateOnly(years[^1] + 1, 2, 1).DayNumber - first.DayNumber;
            for (var i = 0; i < 200; i++)
            {
                var start = first.AddDays(random.Next(days));
                var n = random.Next(0, random.Next(2) == 0 ? 30 : 400);
                var expected = naive.Add(start, n);
                if (expected is null)
                {
                    var refusal = Assert.Throws<DateOutsideCalendarException>(() => calendar.AddWorkingDays(start, n));
                    Assert.False(naive.Covers(refusal.Date));
                }
                else
                {
                    Assert.Equal(expected.Value, calendar.AddWorkingDays(start, n));
                }

                Assert.Equal(naive.Covers(start), calendar.Covers(start));
            }
        }
    }

    [Fact]
    public void TheShippedCalendarCoversExactly2019To2026()
    {
        Assert.Equal([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026], Shipped.Years);
        Assert.True(Shipped.Covers(D("2019-01-01")));
        Assert.True(Shipped.Covers(D("2026-12-31")));
        Assert.False(Shipped.Covers(D("2018-12-31")));
        Assert.False(Shipped.Covers(D("2027-01-01")));
    }

    [Theory]
    [InlineData("2018-12-31")]
    [InlineData("2018-12-29")]
    [InlineData("2027-01-01")]
    [InlineData("1999-06-01")]
    public void ADateOutsideTheLoadedYearsIsRefusedNamingTheDateAndTheYears(string date)
    {
        var refusal = Assert.Throws<DateOutsideCalendarException>(() => Shipped.IsWorkingDay(D(date)));
        Assert.Equal(D(date), refusal.Date);
        Assert.Equal(Shipped.Years, refusal.LoadedYears);
        Assert.Contains(date, refusal.Message, StringComparison.Ordinal);
        Assert.Contains("已载入：2019–2026 年", refusal.Message, StringComparison.Ordinal);
        Assert.Throws<DateOutsideCalendarException>(() => Shipped.AddWorkingDays(D(date), 5));
    }

    [Fact]
    public void CountingPastTheLastLoadedYearIsRefusedAtTheFirstUnknownDate()
    {
        var refusal = Assert.Throws<DateOutsideCalendarException>(() => Shipped.AddWorkingDays(D("2026-12-20"), 20));
        Assert.Equal(D("2027-01-01"), refusal.Date);
        Assert.Contains("2026-12-20 之后第 20 个工作日", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("请先导入 2027 年", refusal.Message, StringComparison.Ordinal);
        // 2026-12-21..25 and 12-28..31: the ninth working day is the last one the calendar knows.
        Assert.Equal(D("2026-12-31"), Shipped.AddWorkingDays(D("2026-12-20"), 9));
        Assert.Throws<DateOutsideCalendarException>(() => Shipped.AddWorkingDays(D("2026-12-20"), 10));
        Assert.Throws<DateOutsideCalendarException>(() => Shipped.AddWorkingDays(D("2024-01-02"), int.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => Shipped.AddWorkingDays(D("2024-01-02"), -1));
    }

    [Fact]
    public void WorkingDaysBetweenCountsAfterTheFirstDateThroughTheSecond()
    {
        // 2024-10-08 (Tue) .. 10-15 (Tue): 10-09, 10, 11, 12 (Sat, 调休), 14, 15
        Assert.Equal(6, Shipped.WorkingDaysBetween(D("2024-10-08"), D("2024-10-15")));
        Assert.Equal(0, Shipped.WorkingDaysBetween(D("2024-10-01"), D("2024-10-07")));
        Assert.Equal(0, Shipped.WorkingDaysBetween(D("2024-10-08"), D("2024-10-08")));
        Assert.Throws<ArgumentOutOfRangeException>(() => Shipped.WorkingDaysBetween(D("2024-10-15"), D("2024-10-08")));
    }

    [Fact]
    public void DescribeNamesTheWeekdayAndWhatTheArrangementMoved()
    {
        Assert.Equal("2024-10-12（星期六，调休上班）", Shipped.Describe(D("2024-10-12")));
        Assert.Equal("2024-10-07（星期一，放假）", Shipped.Describe(D("2024-10-07")));
        Assert.Equal("2024-10-30（星期三）", Shipped.Describe(D("2024-10-30")));
        Assert.Equal("2024-10-05（星期六）", Shipped.Describe(D("2024-10-05")));
    }

    internal static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
