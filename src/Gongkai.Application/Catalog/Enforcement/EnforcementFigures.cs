using System.Linq.Expressions;
using Gongkai.Application.Data;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Catalog.Enforcement;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Enforcement;

/// <summary>One kind's figures of a year from the register: what table 二 (五)(六)(八)(九) is made of.</summary>
public sealed record EnforcementTally(EnforcementKind Kind, int Decisions, long AmountFen, int MattersBefore, int MattersAfter, int MatterLines);

/// <summary>
/// Table 二 (五)(六)(八)(九) from the enforcement register, counted in the database (one GROUP BY over the agencies
/// given): 处理决定数量 = decisions dated in the year; 上一年项目数量 = 事项 on the list at the end of the previous
/// year, 本年增/减 = on the list at the end of the year minus that; 行政事业性收费 (2021) = fees collected in the
/// year in 万元; 政府集中采购 (2019) = procurements of the year and their total, printed in 元. Cells the report's
/// format lacks are left alone, and so is everything when the agencies have no register at all (an agency that
/// keeps none must not see its typed figures replaced by zeros).
/// </summary>
public sealed class EnforcementFigures(GongkaiDbContext db)
{
    public async Task<IReadOnlyList<EnforcementTally>?> TallyAsync(IReadOnlyCollection<int> agencyIds, int year, CancellationToken cancel = default)
    {
        var (start, end, before) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), new DateOnly(year - 1, 12, 31));
        var ids = agencyIds.ToList();
        var single = ids.Count == 1 ? ids[0] : (int?)null;
        Expression<Func<EnforcementRecord, bool>> ofAgencies = single is { } one ? r => r.AgencyId == one : r => ids.Contains(r.AgencyId);
        var rows = await db.Set<EnforcementRecord>().AsNoTracking().Where(ofAgencies)
            .GroupBy(r => new { r.Kind, r.IsMatter })
            .Select(g => new
            {
                g.Key.Kind,
                g.Key.IsMatter,
                Lines = g.Count(),
                InYear = g.Count(r => r.Date >= start && r.Date <= end),
                AmountFen = g.Sum(r => r.Date >= start && r.Date <= end ? r.AmountFen ?? 0 : 0),
                Before = g.Count(r => r.Date <= before && (r.EndsOn == null || r.EndsOn > before)),
                After = g.Count(r => r.Date <= end && (r.EndsOn == null || r.EndsOn > end)),
            })
            .ToListAsync(cancel);
        if (rows.Count == 0)
        {
            return null;
        }

        return EnforcementKinds.All.Select(kind =>
        {
            var records = rows.FirstOrDefault(r => r.Kind == kind && !r.IsMatter);
            var matters = rows.FirstOrDefault(r => r.Kind == kind && r.IsMatter);
            return new EnforcementTally(kind, records?.InYear ?? 0, records?.AmountFen ?? 0, matters?.Before ?? 0, matters?.After ?? 0, matters?.Lines ?? 0);
        }).ToList();
    }

    public async Task FillAsync(ReportFigures figures, IReadOnlyCollection<int> agencyIds, CancellationToken cancel = default)
    {
        if (await TallyAsync(agencyIds, figures.Year, cancel) is { } tallies)
        {
            Fill(figures, tallies);
        }
    }

    /// <summary>The tallies into the cells the report's format has, each in the unit its cell wants.</summary>
    public static void Fill(ReportFigures figures, IReadOnlyList<EnforcementTally> tallies)
    {
        var template = figures.Template;
        foreach (var t in tallies)
        {
            var row = EnforcementKinds.Row(t.Kind);
            void Set(string field, decimal value)
            {
                if (template.TryGetCell(CellPaths.Proactive(row, field), out var cell))
                {
                    figures[cell] = value;
                }
            }

            if (EnforcementKinds.IsDecision(t.Kind))
            {
                Set("decisions", t.Decisions);
            }

            if (EnforcementKinds.HasMatters(t.Kind))
            {
                Set("prev_items", t.MattersBefore);
                Set("change", t.MattersAfter - t.MattersBefore);
            }

            if (t.Kind == EnforcementKind.Fee)
            {
                Set("amount_wan", t.AmountFen / 1_000_000m);
            }

            if (t.Kind == EnforcementKind.Procurement && template.TryGetCell(CellPaths.Proactive(row, "items"), out var items))
            {
                figures[items] = t.Decisions;
                figures.SetProcurementAmount(ReportChecker.Format(t.AmountFen / 100m) + "元");
            }
        }
    }
}
