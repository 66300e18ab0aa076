using Gongkai.Application.Catalog.Reporting;
using Gongkai.Domain.Catalog;

namespace Gongkai.Application.Catalog.Inspection;

/// <summary>A 政策解读 not linked to a public policy, or a policy marked as needing one without it.</summary>
public sealed record InterpretationGap(int ItemId, string Title, DateOnly? PublishedOn, string Problem);

/// <summary>A withheld item (依申请公开, 不予公开) whose 定期复查 (条例第十八条) is due, or due within the lead.</summary>
public sealed record ReReviewDue(int ItemId, string Title, DisclosureMode Disclosure, DateOnly DueOn, bool Due);

/// <summary>
/// What an inspection would flag in one agency's catalog on <see cref="Today"/> (domain.md §6): stale, soon-stale
/// and blank columns, whether the portal itself is 不更新, 政策解读 gaps, items past 条例第二十六条's 20 working
/// days, withheld items due for re-review; and whether the site would pass the 单项否决 rules.
/// </summary>
public sealed record SelfCheckReport(
    int AgencyId,
    string AgencyName,
    DateOnly Today,
    IReadOnlyList<ColumnCheck> Columns,
    DateOnly? SiteLastPublished,
    IReadOnlyList<string> UnlistedColumns,
    IReadOnlyList<InterpretationGap> UnlinkedInterpretations,
    IReadOnlyList<InterpretationGap> PoliciesWithoutInterpretation,
    IReadOnlyList<OverdueItem> Overdue,
    IReadOnlyList<ReReviewDue> ReReviews)
{
    /// <summary>A withheld item is listed this many days before its re-review falls due.</summary>
    public const int ReReviewLeadDays = 30;

    public IReadOnlyList<ColumnCheck> Stale => [.. Columns.Where(c => c.State == ColumnState.Stale)];
    public IReadOnlyList<ColumnCheck> Soon => [.. Columns.Where(c => c.State == ColumnState.Soon)];
    public IReadOnlyList<ColumnCheck> Blank => [.. Columns.Where(c => c.State == ColumnState.Blank)];

    /// <summary>网站不更新: nothing public at all, or nothing new in the 2 weeks before today.</summary>
    public bool SiteStale => SiteLastPublished is not { } last || Today.DayNumber - last.DayNumber > ColumnFreshness.SiteStaleDays;

    public bool StaleVeto => Stale.Count >= ColumnFreshness.StaleColumnsVeto;
    public bool BlankVeto => Blank.Count >= ColumnFreshness.BlankColumnsVeto;

    /// <summary>No 单项否决 item of the update rules: the site would not be failed for them today.</summary>
    public bool Passes => !SiteStale && !StaleVeto && !BlankVeto;

    /// <summary>The verdict in one sentence, as the page and the command line print it.</summary>
    public string Verdict
    {
        get
        {
            var reasons = new List<string>();
            if (SiteStale)
            {
                reasons.Add(SiteLastPublished is { } last ? $"门户最近一次发布在 {last:yyyy-MM-dd}，已超过 2 周（网站不更新）" : "门户没有任何公开信息（网站不更新）");
            }

            if (StaleVeto)
            {
                reasons.Add($"{Stale.Count} 个栏目不更新（达到 {ColumnFreshness.StaleColumnsVeto} 个即单项否决）");
            }

            if (BlankVeto)
            {
                reasons.Add($"{Blank.Count} 个空白栏目（达到 {ColumnFreshness.BlankColumnsVeto} 个即单项否决）");
            }

            return reasons.Count == 0
                ? $"按今天（{Today:yyyy-MM-dd}）的情况，不触及更新方面的单项否决：不更新栏目 {Stale.Count} 个、空白栏目 {Blank.Count} 个（均少于 5 个）。"
                : $"按今天（{Today:yyyy-MM-dd}）的情况，检查将判为不合格（单项否决）：{string.Join("；", reasons)}。";
        }
    }

    public static string StateName(ColumnState state) => state switch
    {
        ColumnState.Stale => "不更新",
        ColumnState.Soon => "即将超期",
        ColumnState.Blank => "空白栏目",
        _ => "正常",
    };
}
