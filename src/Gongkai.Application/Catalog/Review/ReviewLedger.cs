using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.Data;
using Gongkai.Application.Documents;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Review;

/// <summary>One line of the 保密审查台账: one review round of one version.</summary>
public sealed record LedgerRow(int ItemId, string? IndexNo, string Title, int Version, DisclosureMode Disclosure, ReviewRound Round, IReadOnlyList<LeakFinding> Findings)
{
    public string FindingsText => Findings.Count == 0
        ? "无"
        : string.Join("；", Findings.GroupBy(f => f.Kind).Select(g => $"{LeakFinding.KindName(g.Key)} {g.Count()}")) + $"（已确认 {Findings.Count(f => f.AcknowledgedBy is not null)}/{Findings.Count}）";

    public string ResultText => Round.Result switch
    {
        ReviewResult.Passed => "通过",
        ReviewResult.Failed => "不通过",
        _ => "审查中",
    };

    public string SignText => Round.SignedOff switch
    {
        true => "签发",
        false => "不予签发",
        _ => "",
    };

    /// <summary>A 三同步 warning the signer confirmed past (仍然签发), as the ledger states it.</summary>
    public string OverrideText => Round.OverriddenWarning is { } warning ? $"仍然签发：{warning}" : "";
}

/// <summary>
/// The 保密审查台账: every item reviewed, who submitted and reviewed it, when, the result and opinion, what
/// the scan found and who acknowledged it, and who signed it off — for the agencies the member of staff
/// sees, newest first; viewable and exportable to XLSX.
/// </summary>
public sealed class ReviewLedger(GongkaiDbContext db, AgencyDirectory agencies)
{
    public static readonly IReadOnlyList<string> Header =
        ["索引号", "名称", "版本", "公开属性", "提交人", "提交时间", "扫描发现", "审查人", "审查时间", "审查结果", "审查意见", "签发人", "签发时间", "签发结果", "签发意见", "三同步提示"];

    public async Task<List<LedgerRow>> RowsAsync(StaffContext staff, DateOnly? from = null, DateOnly? to = null, int take = 5000, CancellationToken cancel = default)
    {
        var visible = (await agencies.VisibleToAsync(staff, cancel)).ToList();
        var start = from is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)) : DateTimeOffset.MinValue;
        var end = to is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)) : DateTimeOffset.MaxValue;
        var rounds = await (from r in db.Set<ReviewRound>().AsNoTracking().IgnoreAutoIncludes()
                            join v in db.Set<CatalogItemVersion>().IgnoreAutoIncludes() on r.VersionId equals v.Id
                            join i in db.CatalogItems.IgnoreAutoIncludes() on v.ItemId equals i.Id
                            where visible.Contains(i.AgencyId) && r.SubmittedAt >= start && r.SubmittedAt < end
                            orderby r.SubmittedAt descending, r.Id descending
                            select new { Round = r, ItemId = i.Id, i.IndexNo, v.Content.Title, v.Number, v.Content.Disclosure })
            .Take(take).ToListAsync(cancel);
        var ids = rounds.Select(r => r.Round.Id).ToList();
        var findings = (await db.Set<LeakFinding>().AsNoTracking().Where(f => ids.Contains(f.RoundId)).ToListAsync(cancel))
            .ToLookup(f => f.RoundId);
        return rounds.Select(r => new LedgerRow(r.ItemId, r.IndexNo, r.Title, r.Number, r.Disclosure, r.Round, findings[r.Round.Id].OrderBy(f => f.Id).ToList())).ToList();
    }

    public static byte[] Xlsx(IEnumerable<LedgerRow> rows) =>
        XlsxTable.Write("保密审查台账", "保密审查台账", Header, rows.Select(r => (IReadOnlyList<string?>)
        [
            r.IndexNo ?? "（未发布）", r.Title, $"第 {r.Version} 版", DisclosureModes.Name(r.Disclosure), r.Round.SubmittedBy, ShanghaiTime.Format(r.Round.SubmittedAt),
            r.FindingsText + (r.Findings.Count == 0 ? "" : "\n" + string.Join("\n", r.Findings.Select(f => $"{LeakFinding.KindName(f.Kind)}｜{f.Location}｜{f.Excerpt}｜{(f.AcknowledgedBy is null ? "未确认" : "已确认：" + f.AcknowledgedBy)}"))),
            r.Round.ReviewedBy, r.Round.ReviewedAt is { } reviewed ? ShanghaiTime.Format(reviewed) : "", r.ResultText, r.Round.Opinion,
            r.Round.SignedBy, r.Round.SignedAt is { } signed ? ShanghaiTime.Format(signed) : "", r.SignText, r.Round.SignOpinion, r.OverrideText,
        ]));
}
