using Gongkai.Application.Agencies;
using Gongkai.Application.Catalog.Search;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Catalog.Portal;

/// <summary>Search of the public catalog: words with any filters (agency, category, year, validity), results highlighted.</summary>
[AllowAnonymous]
public sealed class SearchModel(CatalogSearch search, SearchFacets facets, AgencyDirectory agencies) : PageModel
{
    public string? Query { get; private set; }
    public SearchFilters Filters { get; private set; } = new();
    public SearchPage? Result { get; private set; }
    public SearchFacetCounts Facets { get; private set; } = SearchFacetCounts.None;
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];
    public IReadOnlyList<string> Categories => CatalogVocabulary.Categories;

    public async Task OnGetAsync(string? q, int? agency, string? category, int? year, string? validity, [FromQuery(Name = "page")] int? pageNumber /* "page" itself is Razor Pages' route value */, CancellationToken cancel)
    {
        Query = q;
        Agencies = await agencies.AllAsync(cancel);
        Filters = new SearchFilters(agency, year is >= 1949 and <= 9999 ? year : null, string.IsNullOrWhiteSpace(category) ? null : category,
            validity switch { "有效" => true, "废止" => false, _ => null });
        if (!string.IsNullOrWhiteSpace(q))
        {
            Result = await search.SearchAsync(q, Filters, pageNumber ?? 1, 20, cancel);
            Facets = await facets.CountAsync(Result, cancel);
        }
    }

    public string Link(int page) => Link(Filters) + $"&page={page}";

    /// <summary>This search narrowed by one more facet (the page starts again at 1).</summary>
    public string Narrow(string facet, string value) => Link(facet switch
    {
        "agency" => Filters with { AgencyId = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
        "category" => Filters with { Category = value },
        _ => Filters with { Year = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
    });

    private string Link(SearchFilters filters) => "/catalog/search?" + string.Join("&", new[]
    {
        "q=" + Uri.EscapeDataString(Query ?? ""), filters.AgencyId is { } a ? $"agency={a}" : null, filters.Category is { } c ? "category=" + Uri.EscapeDataString(c) : null,
        filters.Year is { } y ? $"year={y}" : null, filters.InForce is { } f ? "validity=" + Uri.EscapeDataString(f ? "有效" : "废止") : null,
    }.Where(p => p is not null));
}
