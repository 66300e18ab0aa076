using System.Runtime.CompilerServices;
using Gongkai.Application.Data;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.DisclosureApplications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gongkai.Application.AnnualReports.FromRecords;

/// <summary>
/// Tables 三 and 四 of a year counted in the database (GROUP BY, never loading the applications), for one agency or
/// a whole hierarchy alike (the agencies are one list parameter):
/// <list type="bullet">
/// <item>一 本年新收: received in the year (收到申请之日); 二 上年结转: received before it and not decided before it;</item>
/// <item>三 办理结果: decided in the year (答复之日), each in its outcome's row; 四 结转下年度: received by 31 December and not decided by then;</item>
/// <item>table 四: the appeals filed in the year, each under its result as known on 31 December (尚未审结 without one).</item>
/// </list>
/// A decision is never before its receipt, so every application counted is in 一 or 二 and in 三 or 四 exactly once (C1).
/// </summary>
public sealed class ApplicationStatistics(GongkaiDbContext db)
{
    // Compiled once per model: for one agency the query's own cost is well under a millisecond, and building,
    // hashing and reading the LINQ tree on every call cost as much again. A compiled query belongs to one model,
    // and a process may hold more than one (SQLite and PostgreSQL side by side in the benchmarks).
    // The agencies are one list (EF sends each id as its own parameter: one agency is `IN (@id)`, an equality).
    private static readonly ConditionalWeakTable<IModel, CompiledQueries> ByModel = new();

    private sealed class CompiledQueries
    {
        public Func<GongkaiDbContext, int[], DateOnly, DateOnly, IAsyncEnumerable<ApplicationTally>> Applications { get; } =
            EF.CompileAsyncQuery((GongkaiDbContext db, int[] ids, DateOnly start, DateOnly end) => db.Set<DisclosureApplication>().AsNoTracking()
                .Where(a => ids.Contains(a.AgencyId) && a.ReceivedOn <= end && (a.DecidedOn == null || a.DecidedOn >= start))
                .GroupBy(a => new { a.Applicant.Type, Outcome = a.DecidedOn != null && a.DecidedOn <= end ? a.Outcome : null })
                .Select(g => new ApplicationTally(
                    g.Key.Type,
                    g.Key.Outcome,
                    g.Count(a => a.ReceivedOn >= start),
                    g.Count(a => a.ReceivedOn < start),
                    g.Count(a => a.DecidedOn != null && a.DecidedOn <= end),
                    g.Count(a => a.DecidedOn == null || a.DecidedOn > end))));

        public Func<GongkaiDbContext, int[], DateOnly, DateOnly, IAsyncEnumerable<AppealTally>> Appeals { get; } =
            EF.CompileAsyncQuery((GongkaiDbContext db, int[] ids, DateOnly start, DateOnly end) => db.Set<DisclosureAppeal>().AsNoTracking()
                .Where(a => ids.Contains(a.AgencyId) && a.FiledOn >= start && a.FiledOn <= end)
                .GroupBy(a => new { a.Kind, Result = a.ConcludedOn != null && a.ConcludedOn <= end ? a.Result : AppealResult.Pending })
                .Select(g => new AppealTally(g.Key.Kind, g.Key.Result, g.Count())));
    }

    public async Task<(List<ApplicationTally> Applications, List<AppealTally> Appeals)> ComputeAsync(IReadOnlyCollection<int> agencyIds, int year, CancellationToken cancel = default)
    {
        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var ids = agencyIds.ToArray();
        var compiled = ByModel.GetValue(db.Model, _ => new CompiledQueries());
        var applications = new List<ApplicationTally>();
        await foreach (var tally in compiled.Applications(db, ids, start, end).WithCancellation(cancel))
        {
            applications.Add(tally);
        }

        var appeals = new List<AppealTally>();
        await foreach (var tally in compiled.Appeals(db, ids, start, end).WithCancellation(cancel))
        {
            appeals.Add(tally);
        }

        return (applications, appeals);
    }
}
