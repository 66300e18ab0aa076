using Gongkai.Application.Data;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Reporting;

/// <summary>One figure of table 二 computed from the catalog: the report cell (its path) and its value.</summary>
public sealed record TableTwoFigure(string Path, decimal Value);

/// <summary>
/// Table 二 (一) of the annual report — 规章 and (行政)规范性文件 — computed from the catalog for an agency and
/// a year, in the report's format: 2021 on, 本年制发 (成文 in the year), 本年废止 (repealed in the year) and
/// 现行有效 (published by 31 December and not repealed by then); 2019–2020, 本年新制作 (成文 in the year),
/// 本年新公开 (published in the year) and 对外公开总数量 (published by 31 December). Only signed-off items
/// count (a draft is not yet 制发); the current version of each item is read.
/// </summary>
public sealed class TableTwoFigures(GongkaiDbContext db)
{
    /// <summary>The figures of the agencies given together (an agency, or a government with its departments), in one query.</summary>
    public async Task<IReadOnlyList<TableTwoFigure>> ComputeAsync(IReadOnlyCollection<int> agencyIds, int year, CancellationToken cancel = default)
    {
        var template = ReportTemplate.ForYear(year);
        var end = new DateOnly(year, 12, 31);
        var versions = await (from v in db.Set<CatalogItemVersion>().AsNoTracking().IgnoreAutoIncludes()
                              join i in db.CatalogItems.IgnoreAutoIncludes() on v.ItemId equals i.Id
                              where agencyIds.Contains(i.AgencyId) && v.Content.RegulatoryKind != RegulatoryKind.None
                                  && (v.Status == CatalogItemStatus.Published || v.Status == CatalogItemStatus.Repealed)
                              select new { v.ItemId, v.Number, v.Content.RegulatoryKind, v.Content.WrittenOn, v.Content.PublishedOn, v.RepealedOn })
            .ToListAsync(cancel);
        var items = versions.GroupBy(v => v.ItemId).Select(g => g.MaxBy(v => v.Number)!).ToList();
        var figures = new List<TableTwoFigure>();
        foreach (var (kind, row) in new[] { (RegulatoryKind.Rule, "rules"), (RegulatoryKind.NormativeDocument, "normative_documents") })
        {
            var of = items.Where(i => i.RegulatoryKind == kind).ToList();
            void Add(string field, int value)
            {
                if (template.TryGetCell(CellPaths.Proactive(row, field), out _))
                {
                    figures.Add(new TableTwoFigure(CellPaths.Proactive(row, field), value));
                }
            }

            Add("issued", of.Count(i => i.WrittenOn.Year == year));                                    // 本年制发
            Add("repealed", of.Count(i => i.RepealedOn?.Year == year));                                // 本年废止
            Add("in_force", of.Count(i => i.PublishedOn <= end && !(i.RepealedOn <= end)));            // 现行有效
            Add("made", of.Count(i => i.WrittenOn.Year == year));                                      // 本年新制作
            Add("published", of.Count(i => i.PublishedOn?.Year == year));                              // 本年新公开
            Add("total", of.Count(i => i.PublishedOn <= end));                                         // 对外公开总数量
        }

        return figures;
    }
}
