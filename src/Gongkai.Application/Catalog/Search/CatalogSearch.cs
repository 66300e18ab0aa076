using Gongkai.Application.Catalog.Items;
using Gongkai.Application.Data;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Search;

/// <summary>One result: the item, its title and an excerpt with the query's terms marked, and its rank.</summary>
public sealed record SearchHit(int ItemId, string? IndexNo, string Title, string TitleHtml, string SnippetHtml, string? DocumentNo,
    DateOnly PublishedOn, int AgencyId, string Agency, bool InForce, bool TitleMatch, double Score);

/// <summary>
/// A page of results; <see cref="Total"/> is exact up to <see cref="CatalogSearch.CountCap"/>; <see cref="Matches"/>
/// are the ids of the first <see cref="CatalogSearch.CountCap"/> results, newest first (what the facets count).
/// </summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Total, bool TotalCapped, int Page, int PageSize, string Query, IReadOnlyList<int> Matches)
{
    public int Pages => Math.Min(CatalogSearch.MaxPages, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The portal's search (and the command line's): public items only, title matches first, then the rest, each
/// newest first; filters combine with the words; any string is a valid query (<see cref="SearchQuery"/>).
/// </summary>
public sealed class CatalogSearch(GongkaiDbContext db, ICatalogSearchEngine engine)
{
    public const int CountCap = 1000;
    public const int MaxPages = 50;
    public const int MaxPageSize = 100;

    public async Task<SearchPage> SearchAsync(string? text, SearchFilters filters, int page = 1, int pageSize = 20, CancellationToken cancel = default)
    {
        var query = SearchQuery.Parse(text);
        page = Math.Clamp(page, 1, MaxPages);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        if (query.IsEmpty)
        {
            return new SearchPage([], 0, false, page, pageSize, text ?? "", []);
        }

        var offset = (page - 1) * pageSize;
        var caps = CapsFor(offset, pageSize);
        var found = await engine.FindAsync(query, filters, caps, cancel);
        var (ids, titleIds) = PageOf(found, caps, offset, pageSize) ?? await TieredAsync(query, filters, offset, pageSize, cancel);
        var hits = await HitsAsync(ids, titleIds, query, cancel);
        return new SearchPage(hits, Math.Min(found.All.Count, CountCap), found.All.Count > CountCap, page, pageSize, text ?? "", found.All.Take(CountCap).ToList());
    }

    /// <summary>
    /// What a page asks of the engine: title matches up to the page's end (they come first: no more can be on it),
    /// all matches one past the count's cap (to count them and tell the rest).
    /// </summary>
    public static SearchCaps CapsFor(int offset, int pageSize) => new(Math.Min(offset + pageSize, CountCap + 1), CountCap + 1);

    /// <summary>
    /// The page from the engine's lists, cut at <paramref name="caps"/>: title matches first, then the rest (all
    /// matches not in the title), each newest first. Null when those lists cannot tell (a page past the first thousand matches).
    /// </summary>
    internal static (List<int> Ids, HashSet<int> Titled)? PageOf(EngineMatches found, SearchCaps caps, int offset, int pageSize)
    {
        var titled = found.Titled.ToHashSet();
        if (offset + pageSize <= found.Titled.Count)
        {
            return (found.Titled.Skip(offset).Take(pageSize).ToList(), titled);
        }

        if (found.Titled.Count >= caps.Titles)
        {
            return null; // the title matches were cut before the page's end: the rest's place is unknown
        }

        // Past the title matches, all known: the rest is every other match, in order.
        var rest = found.All.Where(id => !titled.Contains(id)).ToList();
        var ids = found.Titled.Skip(offset).ToList();
        var restOffset = Math.Max(0, offset - found.Titled.Count);
        var allKnown = found.All.Count < caps.All;
        if (!allKnown && restOffset + pageSize - ids.Count > rest.Count)
        {
            return null;
        }

        ids.AddRange(rest.Skip(restOffset).Take(pageSize - ids.Count));
        return (ids, titled);
    }

    /// <summary>A page deep in a large result: title matches, then the rest, each asked of the engine with its offset.</summary>
    private async Task<(List<int> Ids, HashSet<int> Titled)> TieredAsync(SearchQuery query, SearchFilters filters, int offset, int pageSize, CancellationToken cancel)
    {
        var titled = await engine.MatchAsync(query, filters, SearchTier.Title, 0, offset + pageSize, cancel);
        var ids = titled.Skip(offset).ToList();
        if (ids.Count < pageSize)
        {
            ids.AddRange(await engine.MatchAsync(query, filters, SearchTier.Rest, Math.Max(0, offset - titled.Count), pageSize - ids.Count, cancel));
        }

        return (ids, titled.ToHashSet());
    }

    private async Task<List<SearchHit>> HitsAsync(List<int> ids, HashSet<int> titleIds, SearchQuery query, CancellationToken cancel)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        // The index holds public items only; the versions are read again under the public rule all the same —
        // in memory: with the status in the WHERE clause SQLite walked the status index over the whole catalog.
        // One statement, by key: the versions, their item's 索引号 and agency, the agency's name.
        var rows = (await (from v in db.Set<CatalogItemVersion>().AsNoTracking().IgnoreAutoIncludes()
                           where ids.Contains(v.ItemId)
                           join i in db.CatalogItems.AsNoTracking().IgnoreAutoIncludes() on v.ItemId equals i.Id
                           join a in db.Agencies.AsNoTracking().IgnoreAutoIncludes() on i.AgencyId equals a.Id
                           select new
                           {
                               v.ItemId, v.Number, v.Status, v.Withdrawn, v.Content.Disclosure, v.Content.Title, v.Content.DocumentNo, v.Content.Summary,
                               v.Content.BodyHtml, v.Content.PublishedOn, v.Content.WrittenOn, i.IndexNo, i.AgencyId, Agency = a.Name,
                           })
            .ToListAsync(cancel))
            .Where(v => v.Disclosure == DisclosureMode.Proactive && (v.Status == CatalogItemStatus.Published || (v.Status == CatalogItemStatus.Repealed && !v.Withdrawn)))
            .ToList();
        var byId = rows.GroupBy(r => r.ItemId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Number)!);
        return ids.Where(byId.ContainsKey).Select(id =>
        {
            var r = byId[id];
            var text = string.IsNullOrWhiteSpace(r.Summary) ? BodyText.Of(r.BodyHtml) : r.Summary + "\n" + BodyText.Of(r.BodyHtml);
            var title = titleIds.Contains(id);
            return new SearchHit(id, r.IndexNo, r.Title, Highlight.Mark(r.Title, query.Terms), Highlight.Snippet(text, query.Terms), r.DocumentNo,
                r.PublishedOn ?? r.WrittenOn, r.AgencyId, r.Agency, r.Status != CatalogItemStatus.Repealed, title, title ? 2 : 1);
        }).ToList();
    }
}
