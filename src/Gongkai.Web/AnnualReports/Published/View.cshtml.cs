using Gongkai.Application;
using Gongkai.Application.Agencies;
using Gongkai.Application.AnnualReports;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Application.AnnualReports.Export.Charts;
using Gongkai.Application.AnnualReports.Export.Html;
using Gongkai.Domain.AnnualReports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.AnnualReports.Published;

/// <summary>A published report for everyone: the official layout, its charts, its downloads and its SHA-256.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = Hosting.PublicPages.Policy)]
public sealed class ViewModel(ReportQueries queries, AgencyDirectory agencies) : PageModel
{
    public AnnualReport Report { get; private set; } = null!;
    public ReportDocument Document { get; private set; } = null!;
    public List<AnnualReport> Versions { get; private set; } = [];
    public string OutcomeChart { get; private set; } = "";
    public string TrendChart { get; private set; } = "";

    /// <summary>The report's opening (its title) and the rest, so the title comes first on the page.</summary>
    public (string Head, string Tail) Body { get; private set; }

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
        var body = HtmlReportRenderer.RenderBody(Document);
        var split = body.IndexOf("</h1>", StringComparison.Ordinal) is var end and >= 0 ? end + 5 : 0;
        Body = (body[..split], body[split..]);
        Versions = await queries.VersionsAsync(agencyId, year, publicOnly: true, cancel);
        OutcomeChart = SvgCharts.OutcomeBars(ReportStatistics.OutcomeDistribution(Report.Figures), $"{year}年度申请办理结果（总计）");
        var series = await queries.PublishedSeriesAsync(agencyId, cancel);
        TrendChart = SvgCharts.Trend(series.Select(r => ReportStatistics.Point(r.Figures)).ToList(), "历年申请与办理情况");
        return Page();
    }
}
