using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.Data;
using Gongkai.Domain.AnnualReports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.AnnualReports;

/// <summary>A line of a list of reports.</summary>
public sealed record ReportListItem(int Id, int AgencyId, string Agency, int Year, int Version, ReportStatus Status, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt);

/// <summary>Reading reports: what staff may see, what the public may see, and the checks of a report.</summary>
public sealed class ReportQueries(GongkaiDbContext db, AgencyDirectory agencies)
{
    /// <summary>A report the member of staff may see, else <see cref="GongkaiException.NotFound"/> (existence is not revealed).</summary>
    public async Task<AnnualReport> GetAsync(StaffContext staff, int id, CancellationToken cancel = default)
    {
        var report = await db.AnnualReports.FirstOrDefaultAsync(r => r.Id == id, cancel);
        if (report is null || !(await agencies.VisibleToAsync(staff, cancel)).Contains(report.AgencyId))
        {
            throw GongkaiException.NotFound();
        }

        return report;
    }

    /// <summary>
    /// One agency's report of one year as this member of staff may see it: the version asked for, else
    /// the newest (whatever its status).
    /// </summary>
    public async Task<AnnualReport> FindAsync(StaffContext staff, int agencyId, int year, int? version, CancellationToken cancel = default)
    {
        var agency = (await agencies.VisibleToAsync(staff, cancel)).Contains(agencyId) ? await agencies.FindAsync(agencyId, cancel) : null;
        var report = agency is null
            ? null
            : await db.AnnualReports.AsNoTracking()
                .Where(r => r.AgencyId == agencyId && r.Year == year && (version == null || r.Version == version))
                .OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancel);
        return report ?? throw GongkaiException.NotFound($"{agency?.Name ?? "该机关"}{year}年度报告{(version is null ? "" : $"第 {version} 版")}");
    }

    public async Task<List<ReportListItem>> ListAsync(StaffContext staff, CancellationToken cancel = default)
    {
        var visible = (await agencies.VisibleToAsync(staff, cancel)).ToList();
        return await List(db.AnnualReports.Where(r => visible.Contains(r.AgencyId)), cancel);
    }

    /// <summary>The latest published version of every agency's reports, for the public home page.</summary>
    public Task<List<ReportListItem>> PublishedAsync(CancellationToken cancel = default) =>
        List(db.AnnualReports.Where(r => r.Status == ReportStatus.Published), cancel);

    /// <summary>A published (or superseded) version for anyone; drafts are never public.</summary>
    public async Task<AnnualReport> GetPublicAsync(int agencyId, int year, int? version, CancellationToken cancel = default)
    {
        var query = db.AnnualReports.AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.Year == year && (r.Status == ReportStatus.Published || r.Status == ReportStatus.Superseded));
        query = version is { } v ? query.Where(r => r.Version == v) : query.Where(r => r.Status == ReportStatus.Published);
        return await query.FirstOrDefaultAsync(cancel) ?? throw GongkaiException.NotFound("已发布的报告");
    }

    /// <summary>Every version of one agency's report for one year, newest first.</summary>
    public Task<List<AnnualReport>> VersionsAsync(int agencyId, int year, bool publicOnly, CancellationToken cancel = default) =>
        db.AnnualReports.AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.Year == year)
            .Where(r => !publicOnly || r.Status == ReportStatus.Published || r.Status == ReportStatus.Superseded)
            .OrderByDescending(r => r.Version).ToListAsync(cancel);

    /// <summary>The agency's reports of every year (latest published version each), oldest first, for the trend chart.</summary>
    public Task<List<AnnualReport>> PublishedSeriesAsync(int agencyId, CancellationToken cancel = default) =>
        db.AnnualReports.AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.Status == ReportStatus.Published)
            .OrderBy(r => r.Year).ToListAsync(cancel);

    /// <summary>
    /// C1–C5 and C8 on the report itself, C12 between its text and its tables, and C6/C7 against the same
    /// agency's report of the year before (its published version, else its latest) where there is one.
    /// </summary>
    public Task<List<Finding>> CheckAsync(AnnualReport report, CancellationToken cancel = default) =>
        CheckAsync(report.AgencyId, report.Figures, report.Narrative, cancel);

    /// <summary>The same checks on figures and text not yet saved (the workbench's live check).</summary>
    public async Task<List<Finding>> CheckAsync(int agencyId, ReportFigures figures, ReportNarrative? narrative, CancellationToken cancel = default)
    {
        var findings = ReportChecker.Check(figures);
        if (narrative is not null)
        {
            findings.AddRange(ProseChecks.Check(figures, narrative));
        }

        var previous = await PreviousYearAsync(agencyId, figures.Year, cancel);
        if (previous is not null)
        {
            findings.AddRange(CrossYearChecks.Check(figures, previous.Figures));
        }

        return findings;
    }

    public Task<AnnualReport?> PreviousYearAsync(int agencyId, int year, CancellationToken cancel = default) =>
        db.AnnualReports.AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.Year == year - 1 && r.Status != ReportStatus.Superseded)
            .OrderBy(r => r.Status == ReportStatus.Published ? 0 : 1).ThenByDescending(r => r.Version)
            .FirstOrDefaultAsync(cancel);

    private async Task<List<ReportListItem>> List(IQueryable<AnnualReport> reports, CancellationToken cancel)
    {
        var rows = await reports.AsNoTracking()
            .Select(r => new { r.Id, r.AgencyId, r.Year, r.Version, r.Status, r.UpdatedAt, r.PublishedAt })
            .ToListAsync(cancel);
        var names = (await agencies.AllAsync(cancel)).ToDictionary(a => a.Id, a => a.Name);
        return rows
            .Select(r => new ReportListItem(r.Id, r.AgencyId, names[r.AgencyId], r.Year, r.Version, r.Status, r.UpdatedAt, r.PublishedAt))
            .OrderByDescending(r => r.Year).ThenBy(r => r.Agency, StringComparer.Ordinal).ThenByDescending(r => r.Version)
            .ToList();
    }
}
