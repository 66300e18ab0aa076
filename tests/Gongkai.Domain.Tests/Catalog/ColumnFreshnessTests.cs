using Gongkai.Domain.Catalog;

namespace Gongkai.Domain.Tests.Catalog;

/// <summary>
/// The inspection's update rules as dates: hand-picked edges (the 2-week column on its 14th and 15th day, the
/// 6-month column across a month end) and generated days around every threshold of every cadence, each
/// expected state computed from the age in days or calendar months, not from the rule under test.
/// </summary>
public sealed class ColumnFreshnessTests
{
    private static ColumnState State(ColumnCadence cadence, DateOnly last, DateOnly today) =>
        ColumnFreshness.Check(new CatalogColumn("栏目", cadence), 1, last, today).State;

    [Theory]
    [InlineData("2026-03-11", ColumnState.Fresh)]
    [InlineData("2026-03-12", ColumnState.Soon)]
    [InlineData("2026-03-15", ColumnState.Soon)]
    [InlineData("2026-03-16", ColumnState.Stale)]
    public void ANewsColumnFedOnTheFirstOfMarch(string today, ColumnState expected)
    {
        Assert.Equal(expected, State(ColumnCadence.News, new DateOnly(2026, 3, 1), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(new DateOnly(2026, 3, 15), ColumnFreshness.FreshUntil(ColumnCadence.News, new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void ASixMonthColumnAcrossAMonthEndCountsCalendarMonthsBack()
    {
        var last = new DateOnly(2026, 2, 28);
        Assert.Equal(ColumnState.Soon, State(ColumnCadence.NoticesAndPolicies, last, new DateOnly(2026, 8, 31)));
        Assert.Equal(ColumnState.Stale, State(ColumnCadence.NoticesAndPolicies, last, new DateOnly(2026, 9, 1)));
        Assert.Equal(new DateOnly(2026, 8, 31), ColumnFreshness.FreshUntil(ColumnCadence.NoticesAndPolicies, last));
        Assert.Equal(ColumnState.Fresh, State(ColumnCadence.NoticesAndPolicies, last, new DateOnly(2026, 7, 28)));
        Assert.Equal(ColumnState.Fresh, State(ColumnCadence.NoticesAndPolicies, last, new DateOnly(2026, 7, 31)));
        Assert.Equal(ColumnState.Soon, State(ColumnCadence.NoticesAndPolicies, last, new DateOnly(2026, 8, 1)));
        Assert.Equal(ColumnState.Stale, State(ColumnCadence.Yearly, new DateOnly(2025, 5, 9), new DateOnly(2026, 5, 10)));
        Assert.Equal(ColumnState.Soon, State(ColumnCadence.Yearly, new DateOnly(2025, 5, 9), new DateOnly(2026, 5, 9)));
        Assert.Equal(ColumnState.Fresh, State(ColumnCadence.None, new DateOnly(2019, 1, 1), new DateOnly(2026, 5, 9)));
        Assert.Equal(ColumnState.Blank, ColumnFreshness.Check(new CatalogColumn("栏目", ColumnCadence.News), 0, null, new DateOnly(2026, 5, 9)).State);
    }

    /// <summary>
    /// Whether <paramref name="last"/> lies before the same day <paramref name="months"/> calendar months before
    /// <paramref name="today"/> (the 31st going back into a 30-day month meaning its last day), by month arithmetic.
    /// </summary>
    private static bool OlderThanMonths(DateOnly last, DateOnly today, int months)
    {
        var index = today.Year * 12 + today.Month - 1 - months;
        var (year, month) = (index / 12, index % 12 + 1);
        var lastIndex = last.Year * 12 + last.Month - 1;
        return lastIndex < index || (lastIndex == index && last.Day < Math.Min(today.Day, DateTime.DaysInMonth(year, month)));
    }

    [Fact]
    public void GeneratedDaysAroundEveryThresholdGetTheStateTheirAgeGives()
    {
        var random = new Random(1401);
        for (var n = 0; n < 4000; n++)
        {
            var today = new DateOnly(2020, 1, 1).AddDays(random.Next(2500));
            var cadence = (ColumnCadence)random.Next(3);
            // Ages clustered around the warning and the limit of each cadence, plus a few anywhere.
            var ageDays = cadence switch
            {
                ColumnCadence.News => random.Next(2) == 0 ? 10 + random.Next(-2, 3) : 14 + random.Next(-2, 3),
                ColumnCadence.NoticesAndPolicies => (random.Next(2) == 0 ? 152 : 183) + random.Next(-5, 6),
                _ => (random.Next(2) == 0 ? 335 : 365) + random.Next(-5, 6),
            };
            if (random.Next(10) == 0)
            {
                ageDays = random.Next(800);
            }

            var last = today.AddDays(-ageDays);
            var expected = cadence switch
            {
                ColumnCadence.News => ageDays > 14 ? ColumnState.Stale : ageDays > 10 ? ColumnState.Soon : ColumnState.Fresh,
                ColumnCadence.NoticesAndPolicies => OlderThanMonths(last, today, 6) ? ColumnState.Stale : OlderThanMonths(last, today, 5) ? ColumnState.Soon : ColumnState.Fresh,
                _ => OlderThanMonths(last, today, 12) ? ColumnState.Stale : OlderThanMonths(last, today, 11) ? ColumnState.Soon : ColumnState.Fresh,
            };
            Assert.True(expected == State(cadence, last, today), $"{cadence}: newest {last:yyyy-MM-dd}, checked {today:yyyy-MM-dd} ({ageDays} days): expected {expected}");
            var until = ColumnFreshness.FreshUntil(cadence, last)!.Value;
            Assert.NotEqual(ColumnState.Stale, State(cadence, last, until));
            Assert.Equal(ColumnState.Stale, State(cadence, last, until.AddDays(1)));
        }
    }
}
