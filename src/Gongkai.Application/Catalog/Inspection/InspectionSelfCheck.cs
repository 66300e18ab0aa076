using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.Catalog.Reporting;
using Gongkai.Application.Data;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Inspection;

/// <summary>
/// The inspection self-check of one agency's catalog, as of today in Shanghai (ADR 0014): a 栏目 is one of the
/// columns in the agency's catalog settings, fed by the items whose 栏目 field names it; only what the public
/// sees counts (主动公开, published, or repealed and still shown), dated by its 发布日期.
/// </summary>
public sealed class InspectionSelfCheck(GongkaiDbContext db, AgencyDirectory agencies, CatalogSettingsStore settings, OverdueItems overdue, TimeProvider clock)
{
    public const string InterpretationColumn = "政策解读";

    public async Task<SelfCheckReport> RunAsync(StaffContext staff, int agencyId, CancellationToken cancel = default)
    {
        var agency = await agencies.FindAsync(agencyId, cancel) ?? throw GongkaiException.NotFound("机关");
        if (!(await agencies.VisibleToAsync(staff, cancel)).Contains(agencyId))
        {
            throw GongkaiException.NotFound("机关");
        }

        var today = ShanghaiTime.Today(clock);
        var rows = await (from v in db.Set<CatalogItemVersion>().AsNoTracking().IgnoreAutoIncludes()
                          join i in db.CatalogItems.IgnoreAutoIncludes() on v.ItemId equals i.Id
                          where i.AgencyId == agencyId && (v.Status == CatalogItemStatus.Published || v.Status == CatalogItemStatus.Repealed)
                          select new Row(v.ItemId, v.Content.Title, v.Content.Column, v.Content.PublishedOn, v.Content.Disclosure, v.Status, v.Withdrawn,
                              v.Content.NeedsInterpretation, v.Content.InterpretsItemId, v.ReReviewOn))
            .ToListAsync(cancel);
        var shown = rows.Where(r => r.IsPublic).ToList();

        var configured = (await settings.GetAsync(agencyId, cancel)).ColumnList;
        var columns = configured.Select(column =>
        {
            var fed = shown.Where(r => r.Column == column.Name && r.PublishedOn is not null).ToList();
            return ColumnFreshness.Check(column, fed.Count, fed.Count == 0 ? null : fed.Max(r => r.PublishedOn), today);
        }).ToList();
        var names = configured.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var unlisted = shown.Where(r => r.Column is not null && !names.Contains(r.Column)).Select(r => r.Column!).Distinct().Order(StringComparer.Ordinal).ToList();

        var (unlinked, without) = await InterpretationGapsAsync(shown, cancel);
        var reReviews = rows
            .Where(r => r.Status == CatalogItemStatus.Published && r.Disclosure != DisclosureMode.Proactive && r.ReReviewOn is { } due && due <= today.AddDays(SelfCheckReport.ReReviewLeadDays))
            .Select(r => new ReReviewDue(r.ItemId, r.Title, r.Disclosure, r.ReReviewOn!.Value, r.ReReviewOn <= today))
            .OrderBy(r => r.DueOn).ThenBy(r => r.ItemId).ToList();

        return new SelfCheckReport(agencyId, agency.Name, today, columns, shown.Where(r => r.PublishedOn is not null).Max(r => r.PublishedOn),
            unlisted, unlinked, without, await overdue.ListAsync(agencyId, cancel), reReviews);
    }

    /// <summary>Public 政策解读 not linked to a public policy; public policies needing one that no public interpretation is linked to.</summary>
    private async Task<(List<InterpretationGap> Unlinked, List<InterpretationGap> Without)> InterpretationGapsAsync(List<Row> shown, CancellationToken cancel)
    {
        var interpretations = shown.Where(r => r.Column == InterpretationColumn || r.InterpretsItemId is not null).ToList();
        var targets = interpretations.Where(r => r.InterpretsItemId is not null).Select(r => r.InterpretsItemId!.Value).Distinct().ToList();
        // Links may cross agencies (a joint policy); whether the target is public is asked of the whole catalog.
        var publicTargets = (await PublicVersions().Where(v => targets.Contains(v.ItemId)).Select(v => v.ItemId).ToListAsync(cancel)).ToHashSet();
        var unlinked = interpretations
            .Where(r => r.InterpretsItemId is not { } target || !publicTargets.Contains(target))
            .Select(r => new InterpretationGap(r.ItemId, r.Title, r.PublishedOn, r.InterpretsItemId is null ? "政策解读未关联被解读的政策文件" : "所关联的政策文件未公开"))
            .OrderBy(g => g.PublishedOn).ThenBy(g => g.ItemId).ToList();

        var policies = shown.Where(r => r.NeedsInterpretation).Select(r => r.ItemId).ToList();
        var interpreted = (await PublicVersions().Where(v => v.Content.InterpretsItemId != null && policies.Contains(v.Content.InterpretsItemId.Value))
            .Select(v => v.Content.InterpretsItemId!.Value).ToListAsync(cancel)).ToHashSet();
        var without = shown.Where(r => r.NeedsInterpretation && !interpreted.Contains(r.ItemId))
            .Select(r => new InterpretationGap(r.ItemId, r.Title, r.PublishedOn, "标明需要政策解读，但没有已公开的政策解读与之关联（三同步）"))
            .OrderBy(g => g.PublishedOn).ThenBy(g => g.ItemId).ToList();
        return (unlinked, without);
    }

    private IQueryable<CatalogItemVersion> PublicVersions() => db.Set<CatalogItemVersion>().AsNoTracking().IgnoreAutoIncludes()
        .Where(v => v.Content.Disclosure == DisclosureMode.Proactive
            && (v.Status == CatalogItemStatus.Published || (v.Status == CatalogItemStatus.Repealed && !v.Withdrawn)));

    private sealed record Row(int ItemId, string Title, string? Column, DateOnly? PublishedOn, DisclosureMode Disclosure, CatalogItemStatus Status, bool Withdrawn,
        bool NeedsInterpretation, int? InterpretsItemId, DateOnly? ReReviewOn)
    {
        public bool IsPublic => Disclosure == DisclosureMode.Proactive && (Status == CatalogItemStatus.Published || (Status == CatalogItemStatus.Repealed && !Withdrawn));
    }
}
