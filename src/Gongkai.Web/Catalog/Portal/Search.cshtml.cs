using Gongkai.Application.Agencies;
using Gongkai.Application.Catalog.Search;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Catalog.Portal;

/// <summary>Search of the public catalog: words with any filters (agency, category, year, validity), results highlighted.</summary>
[AllowAnonymous]
public sealed class SearchModel(CatalogSearch search, AgencyDirectory agencies) : PageModel
{
    public string? Query { get; private set; }
    public SearchFilters Filters { get; private set; } = new();
    public SearchPage? Result { get; private set; }
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];
    public IReadOnlyList<string> Categories => CatalogVocabulary.Categories;

    public async Task OnGetAsync(string? q, int? agency, string? category, int? year, string? validity, int? page, CancellationToken cancel)
    {
        Query = q;
        Agencies = await agencies.AllAsync(cancel);
        Filters = new SearchFilters(agency, year is >= 1949 and <= 9999 ? year : null, string.IsNullOrWhiteSpace(category) ? null : category,
            validity switch { "有效" => true, "废止" => false, _ => null });
        if (!string.IsNullOrWhiteSpace(q))
        {
            Result = await search.SearchAsync(q, Filters, page ?? 1, 20, cancel);
        }
    }

    public string Link(int page) => "/catalog/search?" + string.Join("&", new[]
    {
        "q=" + Uri.EscapeDataString(Query ?? ""), Filters.AgencyId is { } a ? $"agency={a}" : null, Filters.Category is { } c ? "category=" + Uri.EscapeDataString(c) : null,
        Filters.Year is { } y ? $"year={y}" : null, Filters.InForce is { } f ? "validity=" + Uri.EscapeDataString(f ? "有效" : "废止") : null, $"page={page}",
    }.Where(p => p is not null));
}
