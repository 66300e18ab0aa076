using Gongkai.Application.Agencies;
using Gongkai.Application.AnnualReports;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.AnnualReports.Published;

/// <summary>The public side: every agency's published reports, with the agency's place in the hierarchy.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = Hosting.PublicPages.Policy)]
public sealed class IndexModel(ReportQueries queries, AgencyDirectory agencies) : PageModel
{
    public sealed record Row(string Path, ReportListItem Report);

    public List<Row> Rows { get; } = [];

    public async Task OnGetAsync(CancellationToken cancel)
    {
        var all = await agencies.AllAsync(cancel);
        foreach (var report in await queries.PublishedAsync(cancel))
        {
            Rows.Add(new Row(AgencyDirectory.PathOf(all, all.First(a => a.Id == report.AgencyId)), report));
        }

        Rows.Sort((a, b) => b.Report.Year != a.Report.Year ? b.Report.Year.CompareTo(a.Report.Year) : string.CompareOrdinal(a.Path, b.Path));
    }
}
