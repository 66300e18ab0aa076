using Gongkai.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Search;

/// <summary>
/// SQLite: a contentless FTS5 table with the <c>ascii</c> tokenizer over the tokens <see cref="SearchTokens"/>
/// wrote (space-separated, so FTS5 adds nothing of its own), facets as tokens of their own column, and the
/// rowid as the sort key, so that <c>ORDER BY rowid DESC LIMIT n</c> stops after n matches; and one of the titles
/// alone, so that title matches are read from the titles' short doclists, not filtered out of every field's (a
/// word common in bodies and rare in titles read the whole doclist).
/// </summary>
public sealed class Fts5SearchEngine(GongkaiDbContext db) : ICatalogSearchEngine
{
    /// <summary>
    /// The layout: <c>prefix = '1'</c> keeps every token's first character as a doclist of its own, so a query's
    /// last single character (<c>2024年</c>, <c>…发</c>: a prefix, ADR 0011) reads one doclist instead of merging
    /// those of every token it begins. An index of an older layout is dropped and made anew.
    /// </summary>
    private const string Layout = "tokenize = 'ascii', prefix = '1', content = '', contentless_delete = 1";

    /// <summary>The fields, the facets and the joined lexemes (<see cref="SearchDocument.Joins"/>); a table without them is of an older layout.</summary>
    private const string Columns = "title, docno, keywords, summary, body, facets, joins";

    public async Task<bool> EnsureSchemaAsync(CancellationToken cancel)
    {
        var existing = await db.Database.SqlQueryRaw<string>("""SELECT sql AS "Value" FROM sqlite_master WHERE name IN ('CatalogSearch', 'CatalogSearchTitles', 'CatalogSearchRebuilding')""").ToListAsync(cancel);
        if (existing.Count == 2 && existing.All(sql => sql.Contains(Layout, StringComparison.Ordinal)) && existing.Any(sql => sql.Contains(Columns, StringComparison.Ordinal)))
        {
            return false;
        }

        // The marker stays until the rebuild has gone through the whole catalog, so an interrupted one starts again.
        await db.Database.ExecuteSqlRawAsync(
            $"""
            DROP TABLE IF EXISTS "CatalogSearch";
            DROP TABLE IF EXISTS "CatalogSearchTitles";
            DROP TABLE IF EXISTS "CatalogSearchKeys";
            CREATE TABLE IF NOT EXISTS "CatalogSearchRebuilding" ("Since" TEXT NULL);
            CREATE VIRTUAL TABLE "CatalogSearch" USING fts5({Columns}, {Layout});
            CREATE VIRTUAL TABLE "CatalogSearchTitles" USING fts5(title, facets, {Layout});
            CREATE TABLE "CatalogSearchKeys" ("ItemId" INTEGER NOT NULL PRIMARY KEY, "RowKey" INTEGER NOT NULL);
            """, cancel);
        return true;
    }

    public async Task RebuiltAsync(CancellationToken cancel) =>
        await db.Database.ExecuteSqlRawAsync("""DROP TABLE IF EXISTS "CatalogSearchRebuilding" """, cancel);

    public async Task IndexAsync(SearchDocument document, CancellationToken cancel)
    {
        await RemoveAsync(document.ItemId, cancel);
        var f = document.Fields.Select(tokens => string.Join(' ', tokens)).ToList();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "CatalogSearch" (rowid, title, docno, keywords, summary, body, facets, joins)
            VALUES ({document.SortKey}, {f[0]}, {f[1]}, {f[2]}, {f[3]}, {f[4]}, {document.Facets}, {document.Joins})
            """, cancel);
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "CatalogSearchTitles" (rowid, title, facets) VALUES ({document.SortKey}, {f[0]}, {document.Facets})""", cancel);
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "CatalogSearchKeys" ("ItemId", "RowKey") VALUES ({document.ItemId}, {document.SortKey})""", cancel);
    }

    /// <summary>FTS5 stores its doclists by rowid, which is the sort key: already in order.</summary>
    public Task<bool> OrderByDayAsync(CancellationToken cancel) => Task.FromResult(false);

    public async Task RemoveAsync(int itemId, CancellationToken cancel)
    {
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "CatalogSearch" WHERE rowid IN (SELECT "RowKey" FROM "CatalogSearchKeys" WHERE "ItemId" = {itemId})""", cancel);
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "CatalogSearchTitles" WHERE rowid IN (SELECT "RowKey" FROM "CatalogSearchKeys" WHERE "ItemId" = {itemId})""", cancel);
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "CatalogSearchKeys" WHERE "ItemId" = {itemId}""", cancel);
    }

    public async Task<IReadOnlyList<int>> MatchAsync(SearchQuery query, SearchFilters filters, SearchTier tier, int offset, int limit, CancellationToken cancel)
    {
        var (sql, parameters) = MatchSql(query, filters, tier, offset, limit);
        var keys = await db.Database.SqlQueryRaw<long>(sql, parameters).ToListAsync(cancel);
        return keys.Select(SearchDocument.ItemIdOf).ToList();
    }

    public async Task<EngineMatches> FindAsync(SearchQuery query, SearchFilters filters, SearchCaps caps, CancellationToken cancel) =>
        await EngineStatements.RunAsync(await PlanAsync(query, filters, caps, cancel), caps,
            async s => await db.Database.SqlQueryRaw<EngineRow>(s.Sql, s.Parameters).ToListAsync(cancel));

    /// <summary>One statement: FTS5 reads its doclists by rowid, the sort key, so each half stops after its cap.</summary>
    public Task<IReadOnlyList<EngineStatement>> PlanAsync(SearchQuery query, SearchFilters filters, SearchCaps caps, CancellationToken cancel) =>
        Task.FromResult<IReadOnlyList<EngineStatement>>(
    [
        new("""
            SELECT rowid AS "Key", 1 AS "Title" FROM (SELECT rowid FROM "CatalogSearchTitles" WHERE "CatalogSearchTitles" MATCH {0} ORDER BY rowid DESC LIMIT {2})
            UNION ALL
            SELECT rowid, 0 FROM (SELECT rowid FROM "CatalogSearch" WHERE "CatalogSearch" MATCH {1} ORDER BY rowid DESC LIMIT {3})
            """, [Expression(query, filters, SearchTier.Title), Expression(query, filters, SearchTier.All), caps.Titles, caps.All], null),
    ]);

    private static (string Sql, object[] Parameters) MatchSql(SearchQuery query, SearchFilters filters, SearchTier tier, int offset, int limit)
    {
        var table = tier == SearchTier.Title ? "CatalogSearchTitles" : "CatalogSearch";
        return ($$"""SELECT rowid AS "Value" FROM "{{table}}" WHERE "{{table}}" MATCH {0} ORDER BY rowid DESC LIMIT {1} OFFSET {2}""",
            [Expression(query, filters, tier), limit, offset]);
    }

    /// <summary>The MATCH expression: the phrases (in the title for the title tier, not all in it for the rest) and the facets.</summary>
    public static string Expression(SearchQuery query, SearchFilters filters, SearchTier tier)
    {
        var words = $"({query.Fts5()})";
        var facets = new List<string>();
        if (filters.AgencyId is { } agency)
        {
            facets.Add(SearchTokens.Facet('a', agency));
        }

        if (filters.Year is { } year)
        {
            facets.Add(SearchTokens.Facet('y', year));
        }

        if (filters.Category is { } category)
        {
            facets.Add(SearchTokens.Facet('c', category));
        }

        if (filters.InForce is { } inForce)
        {
            facets.Add(inForce ? "v1" : "v0");
        }

        var filtered = string.Concat(facets.Select(f => $" AND ({{facets}} : \"{f}\")"));
        // The joined lexemes the phrases imply (the titles' table has none: its doclists are short).
        var joins = string.Concat(query.JoinedPhrases.SelectMany(p => p.Tokens.Select((t, i) => (t, Prefix: p.LastIsPrefix && i == p.Tokens.Count - 1)))
            .Where(j => SearchTokens.IsJoined(j.t)).Select(j => $" AND ({{joins}} : \"{j.t}\"{(j.Prefix ? "*" : "")})"));
        return tier switch
        {
            SearchTier.Title => $"({{title}} : {words}){filtered}",
            SearchTier.Rest => $"({words}{joins}{filtered}) NOT ({{title}} : {words})",
            _ => $"{words}{joins}{filtered}",
        };
    }
}
