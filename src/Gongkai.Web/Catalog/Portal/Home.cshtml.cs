using Gongkai.Application.Agencies;
using Gongkai.Application.Catalog.Portal;
using Gongkai.Domain.Agencies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Catalog.Portal;

/// <summary>政府信息公开: the agencies with a public catalog, the newest items of all, and search.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = Hosting.PublicPages.Policy)]
public sealed class HomeModel(PortalQueries portal, AgencyDirectory agencies) : PageModel
{
    public List<(Agency Agency, string Path, int Count)> Agencies { get; } = [];
    public List<PortalItem> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancel)
    {
        var counts = await portal.AgencyCountsAsync(cancel);
        var all = await agencies.AllAsync(cancel);
        Agencies.AddRange(all.Select(a => (a, AgencyDirectory.PathOf(all, a), counts.GetValueOrDefault(a.Id))).OrderBy(a => a.Item2, StringComparer.Ordinal));
        Latest = await portal.LatestAsync(null, 20, cancel);
    }
}
