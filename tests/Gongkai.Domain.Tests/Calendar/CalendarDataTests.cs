using Gongkai.Domain.Calendar;
using static Gongkai.Domain.Tests.Calendar.WorkingDayCalendarTests;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>Imported years, corrections of a year, agency overrides, and the contradictions refused.</summary>
public sealed class CalendarDataTests
{
    private static readonly WorkingDayCalendar Shipped = OfficialArrangement.Calendar;

    [Fact]
    public void AnImportedYearExtendsTheCalendarAndCountsAcrossTheBoundary()
    {
        var random = new Random(2027);
        var year2027 = RandomArrangements.Rows(random, [2027]);
        var calendar = Shipped.WithArrangement(year2027);
        var naive = RandomArrangements.Naive(OfficialArrangement.Rows.Concat(year2027), []);

        Assert.Equal(Enumerable.Range(2019, 9), calendar.Years);
        Assert.Equal(naive.Add(D("2026-12-20"), 20), calendar.AddWorkingDays(D("2026-12-20"), 20));
        Assert.Throws<DateOutsideCalendarException>(() => Shipped.AddWorkingDays(D("2026-12-20"), 20));
    }

    [Fact]
    public void AnImportedCorrectionReplacesTheWholeYear()
    {
        // Suppose a corrected 2026 notice drops the working Saturday 10-10 and adds 10-08 as a day off.
        var corrected = OfficialArrangement.Rows.Where(r => r.ArrangementYear == 2026 && r.Date != D("2026-10-10"))
            .Append(new ArrangementRow(D("2026-10-08"), DayKind.Off, "国庆节", 2026)).ToList();
        var calendar = Shipped.WithArrangement(corrected);

        Assert.False(calendar.IsWorkingDay(D("2026-10-10")));
        Assert.False(calendar.IsWorkingDay(D("2026-10-08")));
        Assert.True(Shipped.IsWorkingDay(D("2026-10-10")));
        Assert.Equal(Shipped.Arrangement.Count, calendar.Arrangement.Count);
        Assert.Equal(Shipped.IsWorkingDay(D("2025-10-11")), calendar.IsWorkingDay(D("2025-10-11")));
    }

    [Fact]
    public void AProvincialExtraDayOffAndAnExtraWorkingDayOverrideTheNationalArrangement()
    {
        // e.g. a province extending the 2020 Spring Festival to 02-09 and working one Saturday.
        var overrides = Enumerable.Range(0, 7).Select(i => new CalendarOverride(D("2020-02-03").AddDays(i), DayKind.Off, "某省延长春节假期的通知"))
            .Append(new CalendarOverride(D("2020-02-15"), DayKind.Work, "某省调休通知")).ToList();
        var calendar = Shipped.WithOverrides(overrides);

        Assert.False(calendar.IsWorkingDay(D("2020-02-03")));
        Assert.True(calendar.IsWorkingDay(D("2020-02-15")));
        // 02-10..14 (5), 02-15 Sat (6), 02-17..21 (11), 02-24..28 (16), 03-02..05 (20)
        Assert.Equal(D("2020-03-05"), calendar.AddWorkingDays(D("2020-01-23"), 20));
        Assert.Equal(D("2020-02-28"), Shipped.AddWorkingDays(D("2020-01-23"), 20));
        Assert.Equal(overrides, calendar.Overrides);
    }

    [Fact]
    public void AnOverrideInAYearNotLoadedDoesNotExtendTheCalendar()
    {
        var calendar = Shipped.WithOverrides([new CalendarOverride(D("2027-01-04"), DayKind.Off, "某省通知")]);
        Assert.Equal(Shipped.Years, calendar.Years);
        Assert.Throws<DateOutsideCalendarException>(() => calendar.IsWorkingDay(D("2027-01-04")));
    }

    [Fact]
    public void RowsThatContradictEachOtherAreRefusedWithTheDate()
    {
        var rows = OfficialArrangement.Rows.Append(new ArrangementRow(D("2024-10-12"), DayKind.Off, "国庆节", 2024));
        var refusal = Assert.Throws<CalendarDataException>(() => WorkingDayCalendar.Create(rows));
        Assert.Contains("2024-10-12 在放假安排中既列为放假又列为上班", Assert.Single(refusal.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-10-01", 2024)]
    [InlineData("2025-01-02", 2024)]
    [InlineData("2024-11-30", 2025)]
    [InlineData("2024-12-31", 2026)]
    public void ARowWhoseNoticeYearCannotOwnItsDateIsRefused(string date, int year)
    {
        var refusal = Assert.Throws<CalendarDataException>(() => WorkingDayCalendar.Create([new ArrangementRow(D(date), DayKind.Off, "某节", year)]));
        Assert.Contains($"放假安排年度 {year} 与日期 {date} 不符", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverridesThatDisagreeOrGiveNoReasonAreRefused()
    {
        var refusal = Assert.Throws<CalendarDataException>(() => Shipped.WithOverrides(
        [
            new CalendarOverride(D("2024-03-01"), DayKind.Off, "甲"),
            new CalendarOverride(D("2024-03-01"), DayKind.Work, "乙"),
            new CalendarOverride(D("2024-03-04"), DayKind.Off, " "),
        ]));
        Assert.Equal(2, refusal.Problems.Count);
        Assert.Contains(refusal.Problems, p => p.Contains("2024-03-01 的调整既列为放假又列为上班", StringComparison.Ordinal));
        Assert.Contains(refusal.Problems, p => p.Contains("2024-03-04 的调整没有说明依据", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEmptyCalendarCoversNothing()
    {
        var empty = WorkingDayCalendar.Create([]);
        Assert.Empty(empty.Years);
        Assert.False(empty.Covers(D("2024-01-02")));
        Assert.Contains("尚未载入任何年份", Assert.Throws<DateOutsideCalendarException>(() => empty.IsWorkingDay(D("2024-01-02"))).Message, StringComparison.Ordinal);
    }
}
