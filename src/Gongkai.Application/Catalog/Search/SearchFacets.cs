using Gongkai.Application.Agencies;
using Gongkai.Application.Data;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Search;

/// <summary>One way to narrow a search, with how many of its results it keeps (<see cref="Value"/> is what the filter takes).</summary>
public sealed record SearchFacet(string Value, string Label, int Count);

/// <summary>The results of a search counted by agency, category and year (over the first <see cref="CatalogSearch.CountCap"/> results).</summary>
public sealed record SearchFacetCounts(IReadOnlyList<SearchFacet> Agencies, IReadOnlyList<SearchFacet> Categories, IReadOnlyList<SearchFacet> Years)
{
    public static readonly SearchFacetCounts None = new([], [], []);
}

/// <summary>Facets of a search: the search's matches (<see cref="SearchPage.Matches"/>) counted by their agency, category and year, under the public rule again.</summary>
public sealed class SearchFacets(GongkaiDbContext db, AgencyDirectory agencies)
{
    public async Task<SearchFacetCounts> CountAsync(SearchPage page, CancellationToken cancel = default)
    {
        var ids = page.Matches.ToList();
        if (ids.Count == 0)
        {
            return SearchFacetCounts.None;
        }

        // The public rule applied in memory, as in CatalogSearch: in SQL it made SQLite walk the status index.
        var rows = (await (from v in db.Set<CatalogItemVersion>().AsNoTracking().IgnoreAutoIncludes()
                           join i in db.CatalogItems.IgnoreAutoIncludes() on v.ItemId equals i.Id
                           where ids.Contains(v.ItemId)
                           select new { v.ItemId, v.Number, v.Status, v.Withdrawn, v.Content.Disclosure, i.AgencyId, v.Content.Category, v.Content.PublishedOn, v.Content.WrittenOn })
            .ToListAsync(cancel))
            .Where(v => v.Disclosure == DisclosureMode.Proactive && (v.Status == CatalogItemStatus.Published || (v.Status == CatalogItemStatus.Repealed && !v.Withdrawn)))
            .ToList();
        var items = rows.GroupBy(r => r.ItemId).Select(g => g.MaxBy(r => r.Number)!).ToList();
        var names = (await agencies.AllAsync(cancel)).ToDictionary(a => a.Id, a => a.Name);
        static List<SearchFacet> Count<T>(IEnumerable<T> values, Func<T, string> label) where T : notnull =>
            values.GroupBy(v => v).Select(g => new SearchFacet(Convert.ToString(g.Key, System.Globalization.CultureInfo.InvariantCulture)!, label(g.Key), g.Count()))
                .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
        return new SearchFacetCounts(
            Count(items.Select(i => i.AgencyId), id => names.GetValueOrDefault(id, "")),
            Count(items.Where(i => i.Category is not null).Select(i => i.Category!), c => c),
            Count(items.Select(i => (i.PublishedOn ?? i.WrittenOn).Year), y => $"{y}年").OrderByDescending(f => f.Value, StringComparer.Ordinal).ToList());
    }
}
