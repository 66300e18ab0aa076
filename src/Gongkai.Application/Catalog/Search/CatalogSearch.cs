using Gongkai.Application.Agencies;
using Gongkai.Application.Catalog.Items;
using Gongkai.Application.Data;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Search;

/// <summary>One result: the item, its title and an excerpt with the query's terms marked, and its rank.</summary>
public sealed record SearchHit(int ItemId, string? IndexNo, string Title, string TitleHtml, string SnippetHtml, string? DocumentNo,
    DateOnly PublishedOn, int AgencyId, string Agency, bool InForce, bool TitleMatch, double Score);

/// <summary>A page of results; <see cref="Total"/> is exact up to <see cref="CatalogSearch.CountCap"/>.</summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Total, bool TotalCapped, int Page, int PageSize, string Query)
{
    public int Pages => Math.Min(CatalogSearch.MaxPages, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The portal's search (and the command line's): public items only, title matches first, then the rest, each
/// newest first; filters combine with the words; any string is a valid query (<see cref="SearchQuery"/>).
/// </summary>
public sealed class CatalogSearch(GongkaiDbContext db, ICatalogSearchEngine engine, AgencyDirectory agencies)
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
            return new SearchPage([], 0, false, page, pageSize, text ?? "");
        }

        var offset = (page - 1) * pageSize;
        var titled = await engine.MatchAsync(query, filters, SearchTier.Title, 0, offset + pageSize, cancel);
        var ids = titled.Skip(offset).ToList();
        var titleIds = titled.ToHashSet();
        if (ids.Count < pageSize)
        {
            // Fewer title matches than the page needs: titled.Count is then all of them.
            var rest = await engine.MatchAsync(query, filters, SearchTier.Rest, Math.Max(0, offset - titled.Count), pageSize - ids.Count, cancel);
            ids.AddRange(rest);
        }

        var total = ids.Count == 0 && page == 1 ? 0 : await engine.CountAsync(query, filters, CountCap + 1, cancel);
        var hits = await HitsAsync(ids, titleIds, query, cancel);
        return new SearchPage(hits, Math.Min(total, CountCap), total > CountCap, page, pageSize, text ?? "");
    }

    private async Task<List<SearchHit>> HitsAsync(List<int> ids, HashSet<int> titleIds, SearchQuery query, CancellationToken cancel)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        // The index holds public items only; the versions are read again under the public rule all the same —
        // in memory: with the status in the WHERE clause SQLite walked the status index over the whole catalog.
        // Two lookups by key (no join: SQLite drove a join from the whole items table).
        var items = await db.CatalogItems.AsNoTracking().IgnoreAutoIncludes().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.IndexNo, i.AgencyId }).ToDictionaryAsync(i => i.Id, cancel);
        var rows = (await db.Set<CatalogItemVersion>().AsNoTracking().IgnoreAutoIncludes().Where(v => ids.Contains(v.ItemId))
            .Select(v => new { v.ItemId, v.Number, v.Status, v.Withdrawn, v.Content.Disclosure, v.Content.Title, v.Content.DocumentNo, v.Content.Summary, v.Content.BodyHtml, v.Content.PublishedOn, v.Content.WrittenOn })
            .ToListAsync(cancel))
            .Where(v => items.ContainsKey(v.ItemId) && v.Disclosure == DisclosureMode.Proactive && (v.Status == CatalogItemStatus.Published || (v.Status == CatalogItemStatus.Repealed && !v.Withdrawn)))
            .ToList();
        var names = (await agencies.AllAsync(cancel)).ToDictionary(a => a.Id, a => a.Name);
        var byId = rows.GroupBy(r => r.ItemId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Number)!);
        return ids.Where(byId.ContainsKey).Select(id =>
        {
            var r = byId[id];
            var text = string.IsNullOrWhiteSpace(r.Summary) ? BodyText.Of(r.BodyHtml) : r.Summary + "\n" + BodyText.Of(r.BodyHtml);
            var title = titleIds.Contains(id);
            return new SearchHit(id, items[id].IndexNo, r.Title, Highlight.Mark(r.Title, query.Terms), Highlight.Snippet(text, query.Terms), r.DocumentNo,
                r.PublishedOn ?? r.WrittenOn, items[id].AgencyId, names.GetValueOrDefault(items[id].AgencyId, ""), r.Status != CatalogItemStatus.Repealed, title, title ? 2 : 1);
        }).ToList();
    }
}
