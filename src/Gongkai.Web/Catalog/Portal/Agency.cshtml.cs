using Gongkai.Application.Agencies;
using Gongkai.Application.AnnualReports;
using Gongkai.Application.Catalog.Portal;
using Gongkai.Domain.Agencies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Catalog.Portal;

/// <summary>An agency's 政府信息公开 column: the guide, the catalog by category, year and 体裁, the newest items, the annual reports, applying.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = Hosting.PublicPages.Policy)]
public sealed class AgencyModel(PortalQueries portal, AgencyDirectory agencies, ReportQueries reports) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public List<PortalFacet> Categories { get; private set; } = [];
    public List<PortalFacet> Years { get; private set; } = [];
    public List<PortalFacet> Genres { get; private set; } = [];
    public List<PortalItem> Latest { get; private set; } = [];
    public List<ReportListItem> Reports { get; private set; } = [];

    public async Task OnGetAsync(int agencyId, CancellationToken cancel)
    {
        Agency = await AgencyPortal.RequireAsync(agencies, agencyId, cancel);
        (Categories, Years, Genres, _) = await portal.FacetsAsync(agencyId, cancel);
        Latest = await portal.LatestAsync(agencyId, 10, cancel);
        Reports = (await reports.PublishedAsync(cancel)).Where(r => r.AgencyId == agencyId).ToList();
    }
}
