using Gongkai.Application.Accounts;
using Gongkai.Application.Catalog;
using Gongkai.Application.Catalog.Reporting;
using Gongkai.Domain.Catalog;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Catalog.Staff;

/// <summary>The catalog at work: the agency's items with where each is in the review.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(CatalogQueries queries, OverdueItems overdue) : PageModel
{
    public StaffContext Staff => StaffContext.FromPrincipal(User)!;
    public List<CatalogListItem> Items { get; private set; } = [];
    public CatalogItemStatus? Status { get; private set; }
    public IReadOnlyList<OverdueItem> Overdue { get; private set; } = [];
    public bool CanRegister => Staff.AgencyId is { } agency && CatalogAccess.CanRegister(Staff, agency);

    public async Task OnGetAsync(CatalogItemStatus? status, CancellationToken cancel)
    {
        Status = status;
        Items = await queries.ListAsync(Staff, status, cancel: cancel);
        if (Staff.AgencyId is { } agency)
        {
            Overdue = await overdue.ListAsync(agency, cancel);
        }
    }
}
