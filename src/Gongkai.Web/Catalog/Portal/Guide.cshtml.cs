using Gongkai.Application.Agencies;
using Gongkai.Application.Catalog;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Catalog.Portal;

/// <summary>政府信息公开指南, generated from the agency's settings with what 条例第十二条 requires.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = Hosting.PublicPages.Policy)]
public sealed class GuideModel(CatalogSettingsStore settings, AgencyDirectory agencies) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public CatalogSettings Settings { get; private set; } = null!;

    public async Task OnGetAsync(int agencyId, CancellationToken cancel)
    {
        Agency = await AgencyPortal.RequireAsync(agencies, agencyId, cancel);
        Settings = await settings.GetAsync(agencyId, cancel);
    }
}
