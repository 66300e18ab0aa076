using Gongkai.Application.Data;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Reporting;

/// <summary>One figure of table 二 computed from the catalog: the report cell (its path) and its value.</summary>
public sealed record TableTwoFigure(string Path, string Label, decimal Value);

/// <summary>
/// Table 二 (一) of the annual report — 规章 and (行政)规范性文件 — computed from the catalog for an agency and
/// a year, in the report's format: 2021 on, 本年制发 (成文 in the year), 本年废止 (repealed in the year) and
/// 现行有效 (published by 31 December and not repealed by then); 2019–2020, 本年新制作 (成文 in the year),
/// 本年新公开 (published in the year) and 对外公开总数量 (published by 31 December). Only signed-off items
/// count (a draft is not yet 制发); the current version of each item is read.
/// </summary>
public sealed class TableTwoFigures(GongkaiDbContext db)
{
    public async Task<IReadOnlyList<TableTwoFigure>> ComputeAsync(int agencyId, int year, CancellationToken cancel = default)
    {
        var template = ReportTemplate.ForYear(year);
        var end = new DateOnly(year, 12, 31);
        var versions = await (from v in db.Set<CatalogItemVersion>().AsNoTracking().IgnoreAutoIncludes()
                              join i in db.CatalogItems.IgnoreAutoIncludes() on v.ItemId equals i.Id
                              where i.AgencyId == agencyId && v.Content.RegulatoryKind != RegulatoryKind.None
                                  && (v.Status == CatalogItemStatus.Published || v.Status == CatalogItemStatus.Repealed)
                              select new { v.ItemId, v.Number, v.Content.RegulatoryKind, v.Content.WrittenOn, v.Content.PublishedOn, v.RepealedOn })
            .ToListAsync(cancel);
        var items = versions.GroupBy(v => v.ItemId).Select(g => g.MaxBy(v => v.Number)!).ToList();
        var figures = new List<TableTwoFigure>();
        foreach (var (kind, row) in new[] { (RegulatoryKind.Rule, "rules"), (RegulatoryKind.NormativeDocument, "normative_documents") })
        {
            var of = items.Where(i => i.RegulatoryKind == kind).ToList();
            var name = DisclosureModes.KindName(kind);
            void Add(string field, string label, int value)
            {
                if (template.TryGetCell(CellPaths.Proactive(row, field), out _))
                {
                    figures.Add(new TableTwoFigure(CellPaths.Proactive(row, field), $"{name}{label}", value));
                }
            }

            Add("issued", "本年制发件数", of.Count(i => i.WrittenOn.Year == year));
            Add("repealed", "本年废止件数", of.Count(i => i.RepealedOn?.Year == year));
            Add("in_force", "现行有效件数", of.Count(i => i.PublishedOn <= end && !(i.RepealedOn <= end)));
            Add("made", "本年新制作数量", of.Count(i => i.WrittenOn.Year == year));
            Add("published", "本年新公开数量", of.Count(i => i.PublishedOn?.Year == year));
            Add("total", "对外公开总数量", of.Count(i => i.PublishedOn <= end));
        }

        return figures;
    }
}
