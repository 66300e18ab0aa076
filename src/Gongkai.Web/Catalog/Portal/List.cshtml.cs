using Gongkai.Application.Agencies;
using Gongkai.Application.Catalog.Portal;
using Gongkai.Domain.Agencies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Catalog.Portal;

/// <summary>政府信息公开目录: an agency's public items, newest first, by category, year, 体裁 or 栏目, 20 a page.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = Hosting.PublicPages.Policy)]
public sealed class ListModel(PortalQueries portal, AgencyDirectory agencies) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public PortalFilter Filter { get; private set; } = new();
    public List<PortalItem> Items { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; }
    public int Pages => Math.Max(1, (Total + PortalQueries.PageSize - 1) / PortalQueries.PageSize);

    public async Task OnGetAsync(int agencyId, string? category, int? year, string? genre, string? column, [FromQuery(Name = "page")] int? pageNumber /* "page" itself is Razor Pages' route value */, CancellationToken cancel)
    {
        Agency = await AgencyPortal.RequireAsync(agencies, agencyId, cancel);
        Filter = new PortalFilter(agencyId, category, year is >= 1949 and <= 9999 ? year : null, genre, column);
        PageNumber = Math.Clamp(pageNumber ?? 1, 1, 10_000);
        (Items, Total) = await portal.ListAsync(Filter, PageNumber, cancel);
    }

    public string Link(int page) => $"/catalog/{Agency.Id}/items?" + string.Join("&", new[]
    {
        Filter.Category is { } c ? "category=" + Uri.EscapeDataString(c) : null, Filter.Year is { } y ? $"year={y}" : null,
        Filter.Genre is { } g ? "genre=" + Uri.EscapeDataString(g) : null, Filter.Column is { } k ? "column=" + Uri.EscapeDataString(k) : null, $"page={page}",
    }.Where(p => p is not null));
}
