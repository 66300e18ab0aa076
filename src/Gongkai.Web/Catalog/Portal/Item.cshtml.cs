using Gongkai.Application;
using Gongkai.Application.Agencies;
using Gongkai.Application.Catalog;
using Gongkai.Application.Catalog.Portal;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Catalog.Portal;

/// <summary>One public item: its metadata table, body and attachments, and its 政策解读 (or the policy it interprets).</summary>
[AllowAnonymous]
[OutputCache(PolicyName = Hosting.PublicPages.Policy)]
public sealed class ItemModel(CatalogQueries queries, PortalQueries portal, AgencyDirectory agencies) : PageModel
{
    public CatalogItem Item { get; private set; } = null!;
    public CatalogItemVersion Version { get; private set; } = null!;
    public Agency Agency { get; private set; } = null!;
    public List<PortalItem> Interpretations { get; private set; } = [];
    public PortalItem? Policy { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancel)
    {
        try
        {
            (Item, Version) = await queries.GetPublicAsync(id, cancel);
        }
        catch (GongkaiException)
        {
            return NotFound();
        }

        Agency = await AgencyPortal.RequireAsync(agencies, Item.AgencyId, cancel);
        (Interpretations, Policy) = await portal.LinksAsync(Item.Id, Version.Content.InterpretsItemId, cancel);
        return Page();
    }
}
