using Gongkai.Application;
using Gongkai.Application.Agencies;
using Gongkai.Application.AnnualReports;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Application.AnnualReports.Export.Charts;
using Gongkai.Domain.AnnualReports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;

namespace Gongkai.Web.AnnualReports.Published;

/// <summary>A published report for everyone: the official layout, its charts, its downloads and its SHA-256.</summary>
[AllowAnonymous]
public sealed class ViewModel(ReportQueries queries, AgencyDirectory agencies) : PageModel
{
    public AnnualReport Report { get; private set; } = null!;
    public ReportDocument Document { get; private set; } = null!;
    public List<AnnualReport> Versions { get; private set; } = [];
    public string OutcomeChart { get; private set; } = "";
    public string TrendChart { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int agencyId, int year, int? version, CancellationToken cancel)
    {
        try
        {
            Report = await queries.GetPublicAsync(agencyId, year, version, cancel);
        }
        catch (GongkaiException)
        {
            return NotFound();
        }

        var agency = (await agencies.FindAsync(agencyId, cancel))!;
        Document = ReportDocument.From(Report, agency.Name);
        Versions = await queries.VersionsAsync(agencyId, year, publicOnly: true, cancel);
        OutcomeChart = SvgCharts.OutcomeBars(ReportStatistics.OutcomeDistribution(Report.Figures), $"{year}年度申请办理结果（总计）");
        var series = await queries.PublishedSeriesAsync(agencyId, cancel);
        TrendChart = SvgCharts.Trend(series.Select(r => ReportStatistics.Point(r.Figures)).ToList(), "历年申请与办理情况");
        return Page();
    }
}
