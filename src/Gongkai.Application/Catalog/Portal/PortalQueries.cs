using Gongkai.Application.Data;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Portal;

/// <summary>A public item in a list: the 目录's columns (条例第十二条: 索引, 名称, 内容概述, 生成日期) and a few more.</summary>
public sealed record PortalItem(int Id, int AgencyId, string? IndexNo, string Title, string? DocumentNo, DateOnly PublishedOn, DateOnly WrittenOn,
    string? Category, string? Genre, string? Column, string? Summary, bool InForce, DateTimeOffset? SignedAt);

/// <summary>How to browse an agency's public catalog; empty fields do not filter.</summary>
public sealed record PortalFilter(int? AgencyId = null, string? Category = null, int? Year = null, string? Genre = null, string? Column = null);

/// <summary>One way in to the catalog with how many items it holds.</summary>
public sealed record PortalFacet(string Value, int Count);

/// <summary>The public catalog for browsing: only public versions (主动公开, published or repealed-not-withdrawn) are ever read here.</summary>
public sealed class PortalQueries(GongkaiDbContext db)
{
    public const int PageSize = 20;

    /// <summary>Every public version (one per item at most: signing off supersedes the one before).</summary>
    public IQueryable<CatalogItemVersion> PublicVersions() =>
        db.Set<CatalogItemVersion>().AsNoTracking().IgnoreAutoIncludes().Where(v => v.Content.Disclosure == DisclosureMode.Proactive
            && (v.Status == CatalogItemStatus.Published || (v.Status == CatalogItemStatus.Repealed && !v.Withdrawn)));

    public async Task<(List<PortalItem> Items, int Total)> ListAsync(PortalFilter filter, int page, CancellationToken cancel = default)
    {
        var query = Filtered(filter);
        var total = await query.CountAsync(cancel);
        var items = await Project(query.OrderByDescending(r => r.Version.Content.PublishedOn).ThenByDescending(r => r.Item.Id)
            .Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize)).ToListAsync(cancel);
        return (items, total);
    }

    /// <summary>The newest public items (by publication, then signing), for the portal's front and the Atom feed.</summary>
    public Task<List<PortalItem>> LatestAsync(int? agencyId, int take, CancellationToken cancel = default) =>
        Project(Filtered(new PortalFilter(agencyId)).OrderByDescending(r => r.Version.Content.PublishedOn).ThenByDescending(r => r.Version.SignedAt).ThenByDescending(r => r.Item.Id).Take(take))
            .ToListAsync(cancel);

    /// <summary>The agency's categories, years and 体裁 with their counts.</summary>
    public async Task<(List<PortalFacet> Categories, List<PortalFacet> Years, List<PortalFacet> Genres, List<PortalFacet> Columns)> FacetsAsync(int agencyId, CancellationToken cancel = default)
    {
        var rows = await Filtered(new PortalFilter(agencyId))
            .Select(r => new { r.Version.Content.Category, r.Version.Content.Genre, r.Version.Content.Column, r.Version.Content.PublishedOn })
            .ToListAsync(cancel);
        List<PortalFacet> Count(IEnumerable<string?> values) => values.Where(v => v is not null).GroupBy(v => v!).Select(g => new PortalFacet(g.Key, g.Count())).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
        var years = rows.GroupBy(r => r.PublishedOn!.Value.Year).Select(g => new PortalFacet(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Count())).OrderByDescending(f => f.Value, StringComparer.Ordinal).ToList();
        return (Count(rows.Select(r => r.Category)), years, Count(rows.Select(r => r.Genre)), Count(rows.Select(r => r.Column)));
    }

    /// <summary>The agencies with a public catalog, with how many items each.</summary>
    public async Task<Dictionary<int, int>> AgencyCountsAsync(CancellationToken cancel = default) =>
        await Filtered(new PortalFilter()).GroupBy(r => r.Item.AgencyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancel);

    /// <summary>The public items linked to this one as 政策解读 (or the policy a 政策解读 interprets).</summary>
    public async Task<(List<PortalItem> Interpretations, PortalItem? Policy)> LinksAsync(int itemId, int? interprets, CancellationToken cancel = default)
    {
        var interpretations = await Project(Filtered(new PortalFilter()).Where(r => r.Version.Content.InterpretsItemId == itemId).OrderByDescending(r => r.Version.Content.PublishedOn)).ToListAsync(cancel);
        var policy = interprets is { } id ? await Project(Filtered(new PortalFilter()).Where(r => r.Item.Id == id)).FirstOrDefaultAsync(cancel) : null;
        return (interpretations, policy);
    }

    /// <summary>An item with its public version (a class with setters: EF translates member initialisers, not constructors).</summary>
    private sealed class Row
    {
        public CatalogItem Item { get; init; } = null!;
        public CatalogItemVersion Version { get; init; } = null!;
    }

    private IQueryable<Row> Filtered(PortalFilter filter)
    {
        var rows = PublicVersions().Join(db.CatalogItems.AsNoTracking().IgnoreAutoIncludes(), v => v.ItemId, i => i.Id, (v, i) => new Row { Item = i, Version = v });
        if (filter.AgencyId is { } agency)
        {
            rows = rows.Where(r => r.Item.AgencyId == agency);
        }

        if (filter.Category is { Length: > 0 } category)
        {
            rows = rows.Where(r => r.Version.Content.Category == category);
        }

        if (filter.Genre is { Length: > 0 } genre)
        {
            rows = rows.Where(r => r.Version.Content.Genre == genre);
        }

        if (filter.Column is { Length: > 0 } column)
        {
            rows = rows.Where(r => r.Version.Content.Column == column);
        }

        if (filter.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            rows = rows.Where(r => r.Version.Content.PublishedOn >= from && r.Version.Content.PublishedOn <= to);
        }

        return rows;
    }

    private static IQueryable<PortalItem> Project(IQueryable<Row> rows) =>
        rows.Select(r => new PortalItem(r.Item.Id, r.Item.AgencyId, r.Item.IndexNo, r.Version.Content.Title, r.Version.Content.DocumentNo,
            r.Version.Content.PublishedOn ?? r.Version.Content.WrittenOn, r.Version.Content.WrittenOn, r.Version.Content.Category, r.Version.Content.Genre,
            r.Version.Content.Column, r.Version.Content.Summary, r.Version.Status != CatalogItemStatus.Repealed, r.Version.SignedAt));
}
