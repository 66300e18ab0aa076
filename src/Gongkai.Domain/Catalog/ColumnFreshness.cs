namespace Gongkai.Domain.Catalog;

/// <summary>What an inspection would say of one column today.</summary>
public enum ColumnState
{
    /// <summary>Fed within its cadence, and not about to lapse.</summary>
    Fresh,
    /// <summary>Still within its cadence, but it lapses within the warning lead (a 动态 column at 11+ days).</summary>
    Soon,
    /// <summary>栏目不更新: nothing new within its cadence.</summary>
    Stale,
    /// <summary>空白栏目: configured, never anything public in it.</summary>
    Blank,
}

/// <summary>One column as checked: its newest public item's 发布日期, the last day that keeps it fresh, and its state.</summary>
public sealed record ColumnCheck(CatalogColumn Column, int ItemCount, DateOnly? LastPublished, DateOnly? FreshUntil, ColumnState State)
{
    /// <summary>Days since the newest item, or null for a blank column.</summary>
    public int? AgeDays(DateOnly today) => LastPublished is { } last ? today.DayNumber - last.DayNumber : null;
}

/// <summary>
/// The website inspection's update rules (政府网站与政务新媒体检查指标, 国办秘函〔2019〕19号; domain.md §6) as
/// dates, looking back from the day of the check: a column is 不更新 when nothing was published in it in the
/// 2 weeks (动态、要闻), 6 months (通知公告、政策文件) or year (人事、规划计划) before that day, the first day of
/// the window included (an item of 1 March keeps a 动态 column fresh up to 15 March; an item of 28 February
/// keeps a 政策文件 column fresh up to 31 August). The office is warned once the newest item is older than
/// 10 days, 5 months or 11 months (a 动态 column at 11+ days).
/// </summary>
public static class ColumnFreshness
{
    /// <summary>单项否决: this many stale columns (累计超过（含）5个) fail the site.</summary>
    public const int StaleColumnsVeto = 5;

    /// <summary>单项否决: this many blank columns (空白栏目) fail the site.</summary>
    public const int BlankColumnsVeto = 5;

    /// <summary>网站不更新: the portal's newest item older than 2 weeks fails the site.</summary>
    public const int SiteStaleDays = 14;

    /// <summary>The first day of the window an inspection on <paramref name="today"/> looks at, or null for a column without cadence.</summary>
    public static DateOnly? StaleBefore(ColumnCadence cadence, DateOnly today) => cadence switch
    {
        ColumnCadence.News => today.AddDays(-14),
        ColumnCadence.NoticesAndPolicies => today.AddMonths(-6),
        ColumnCadence.Yearly => today.AddYears(-1),
        _ => null,
    };

    /// <summary>A newest item older than this is warned about (the limit is near), or null for a column without cadence.</summary>
    public static DateOnly? WarnBefore(ColumnCadence cadence, DateOnly today) => cadence switch
    {
        ColumnCadence.News => today.AddDays(-10),
        ColumnCadence.NoticesAndPolicies => today.AddMonths(-5),
        ColumnCadence.Yearly => today.AddMonths(-11),
        _ => null,
    };

    /// <summary>The last day a column fed on <paramref name="last"/> is still fresh, or null for a column without cadence.</summary>
    public static DateOnly? FreshUntil(ColumnCadence cadence, DateOnly last)
    {
        if (cadence == ColumnCadence.None)
        {
            return null;
        }

        // Months differ in length: start near the answer and walk to the last day whose window still holds the item.
        var day = cadence switch
        {
            ColumnCadence.News => last.AddDays(14),
            ColumnCadence.NoticesAndPolicies => last.AddMonths(6),
            _ => last.AddYears(1),
        };
        while (StaleBefore(cadence, day)!.Value > last)
        {
            day = day.AddDays(-1);
        }

        while (StaleBefore(cadence, day.AddDays(1))!.Value <= last)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    public static ColumnCheck Check(CatalogColumn column, int itemCount, DateOnly? lastPublished, DateOnly today)
    {
        if (lastPublished is not { } last)
        {
            return new ColumnCheck(column, itemCount, null, null, ColumnState.Blank);
        }

        var state = column.Cadence == ColumnCadence.None ? ColumnState.Fresh
            : last < StaleBefore(column.Cadence, today) ? ColumnState.Stale
            : last < WarnBefore(column.Cadence, today) ? ColumnState.Soon
            : ColumnState.Fresh;
        return new ColumnCheck(column, itemCount, last, FreshUntil(column.Cadence, last), state);
    }
}
