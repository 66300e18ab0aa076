using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.Audit;
using Gongkai.Application.Data;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.AnnualReports;

/// <summary>How one agency beneath a government stands for the year being summed.</summary>
public sealed record SubmissionStatus(
    Agency Agency, DateOnly Deadline, ReportStatus? Status, int? ReportId, int Errors, bool Included, bool Overdue)
{
    public string StatusName => Status is { } s ? ReportWorkflow.StatusName(s) : "未编制";
}

/// <summary>The sum of the reports beneath a government, and who has not yet submitted.</summary>
public sealed record AggregationResult(Agency Government, int Year, ReportFigures Sum, IReadOnlyList<SubmissionStatus> Parts, IReadOnlyList<Finding> Findings);

/// <summary>
/// Builds a 人民政府's report as the sum of the reports of the agencies directly beneath it (its
/// departments and its own office) for the same year. A part counts once submitted (待审核) or
/// published; drafts do not. Deadlines are those of 条例 Art. 49.
/// </summary>
public sealed class ReportAggregation(GongkaiDbContext db, AgencyDirectory agencies, ReportCommands commands, AuditLog audit, TimeProvider clock)
{
    public async Task<AggregationResult> ComputeAsync(StaffContext staff, int governmentId, int year, CancellationToken cancel = default)
    {
        if (!(await agencies.VisibleToAsync(staff, cancel)).Contains(governmentId))
        {
            throw GongkaiException.NotFound("机关");
        }

        if (ReportIntake.YearProblem(year, ShanghaiTime.Today(clock)) is { } problem)
        {
            throw GongkaiException.Invalid(problem.Message, [problem]);
        }

        var government = (await agencies.FindAsync(governmentId, cancel))!;
        var children = await agencies.ChildrenAsync(governmentId, cancel);
        var childIds = children.Select(c => c.Id).ToList();
        var latest = await LatestVersionsAsync(childIds, year, cancel);
        var today = ShanghaiTime.Today(clock);
        var parts = new List<SubmissionStatus>();
        var included = new List<ReportFigures>();
        foreach (var child in children)
        {
            latest.TryGetValue(child.Id, out var report);
            var counts = report?.Status is ReportStatus.PendingReview or ReportStatus.Published;
            var errors = report is null ? 0 : ReportChecker.Check(report.Figures).CountOf(FindingSeverity.Error);
            var deadline = ReportingDeadline.For(child.Kind, year);
            parts.Add(new SubmissionStatus(child, deadline, report?.Status, report?.Id, errors, counts,
                Overdue: report?.Status != ReportStatus.Published && today > deadline));
            if (counts)
            {
                included.Add(report!.Figures);
            }
        }

        var sum = ReportAggregator.Sum(year, government.Name, included);
        return new AggregationResult(government, year, sum, parts, ReportChecker.Check(sum, new CheckOptions(FlagBlanks: false)));
    }

    /// <summary>Writes the sum into the government's own draft for the year (creating it when needed); its text is kept.</summary>
    public async Task<AnnualReport> ApplyAsync(StaffContext staff, int governmentId, int year, CancellationToken cancel = default)
    {
        var result = await ComputeAsync(staff, governmentId, year, cancel);
        var draft = await db.AnnualReports.Where(r => r.AgencyId == governmentId && r.Year == year)
            .OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancel)
            ?? await commands.CreateAsync(staff, governmentId, year, cancel);
        var saved = await commands.SaveAsync(staff, draft.Id, draft.Revision, result.Sum, draft.Narrative, cancel);
        audit.Record(staff.UserName, "report.aggregated", $"report:{saved.Id}",
            $"以 {result.Parts.Count(p => p.Included)} 个下级机关的报告汇总{result.Government.Name}{year}年度报告数据");
        await db.SaveChangesAsync(cancel);
        return saved;
    }

    /// <summary>
    /// Each agency's report for the year that speaks for it, loaded in one query: the published version,
    /// else one submitted for review, else the newest draft.
    /// </summary>
    private async Task<Dictionary<int, AnnualReport>> LatestVersionsAsync(List<int> agencyIds, int year, CancellationToken cancel)
    {
        var reports = await db.AnnualReports.AsNoTracking()
            .Where(r => r.Year == year && agencyIds.Contains(r.AgencyId) && r.Status != ReportStatus.Superseded)
            .ToListAsync(cancel);
        return reports.GroupBy(r => r.AgencyId).ToDictionary(g => g.Key, g => g
            .OrderBy(r => r.Status switch { ReportStatus.Published => 0, ReportStatus.PendingReview => 1, _ => 2 })
            .ThenByDescending(r => r.Version).First());
    }
}
