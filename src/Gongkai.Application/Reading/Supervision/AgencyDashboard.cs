using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.AnnualReports;
using Gongkai.Application.Data;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Calendar;
using Gongkai.Reading;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Reading.Supervision;

/// <summary>
/// The dashboard of the platform's own agencies: the user's agency and those beneath it, one row per agency
/// and year for every year any of them has published — on time against Art. 49 (the first publication's
/// date), the checks of the published version (C1–C8, C12, C6/C7 against the year before) and C11 against
/// last year's published text. An agency without a report of such a year gets a row too (due or missing).
/// </summary>
public sealed class AgencyDashboard(GongkaiDbContext db, AgencyDirectory agencies, ReportQueries reports, TimeProvider clock)
{
    public async Task<IReadOnlyList<SupervisionRow>> RowsAsync(StaffContext staff, CancellationToken cancel)
    {
        var visible = (await agencies.VisibleToAsync(staff, cancel)).ToList();
        var all = await agencies.AllAsync(cancel);
        var versions = await db.AnnualReports.AsNoTracking()
            .Where(r => visible.Contains(r.AgencyId) && (r.Status == ReportStatus.Published || r.Status == ReportStatus.Superseded))
            .ToListAsync(cancel);
        var current = versions.Where(r => r.Status == ReportStatus.Published).ToDictionary(r => (r.AgencyId, r.Year));
        // Corrections are later versions: the report was published when its first version was.
        var first = versions.GroupBy(r => (r.AgencyId, r.Year)).ToDictionary(g => g.Key, g => g.Min(r => r.PublishedAt));
        var years = current.Keys.Select(k => k.Year).Distinct().Order().ToList();
        var today = ShanghaiTime.Today(clock);

        var rows = new List<SupervisionRow>();
        foreach (var agency in all.Where(a => visible.Contains(a.Id)))
        {
            foreach (var year in years)
            {
                var deadline = ReportingDeadline.For(agency.Kind, year);
                if (!current.TryGetValue((agency.Id, year), out var report))
                {
                    rows.Add(new SupervisionRow(agency.Name, year, deadline, null, SupervisionRow.TimelinessOf(agency.Kind, year, null, today),
                        null, null, null, null, false, null, null, []));
                    continue;
                }

                var published = first[(agency.Id, year)] is { } at ? DateOnly.FromDateTime(ShanghaiTime.Local(at).DateTime) : (DateOnly?)null;
                var findings = await reports.CheckAsync(report, cancel);
                var compared = current.TryGetValue((agency.Id, year - 1), out var previous);
                Finding? c11 = null;
                if (compared)
                {
                    c11 = TextSimilarity.Compare(TextOf(report.Narrative), TextOf(previous!.Narrative)).ToFinding(year - 1);
                    findings.Add(c11);
                }

                rows.Add(new SupervisionRow(
                    agency.Name, year, deadline, published, SupervisionRow.TimelinessOf(agency.Kind, year, published, today),
                    findings.CountOf(FindingSeverity.Error),
                    findings.CountOf(FindingSeverity.Warning),
                    compared ? findings.Count(f => f.Rule == "C6") : null,
                    c11 is null ? null : SupervisionRow.C11PercentOf(c11),
                    c11?.Severity == FindingSeverity.Warning,
                    findings.Count(f => f.Rule == "C12"),
                    $"/reports/{agency.Id}/{year}",
                    findings));
            }
        }

        return rows;
    }

    /// <summary>The parts of the text C11 compares: section 一 (all of it), 五 and 六.</summary>
    private static ReportText TextOf(ReportNarrative narrative) => new(
        string.Join("\n", narrative.Preamble, narrative.OverviewProactive, narrative.OverviewOnRequest, narrative.OverviewManagement,
            narrative.OverviewPlatform, narrative.OverviewSupervision),
        narrative.Problems,
        narrative.OtherMatters);
}
