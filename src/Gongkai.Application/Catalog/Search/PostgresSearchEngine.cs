using System.Globalization;
using System.Text;
using Gongkai.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Search;

/// <summary>
/// PostgreSQL: one row per public item with its title and all its fields as tsvectors built from
/// <see cref="SearchTokens"/> (written as tsvector literals, so no text search configuration touches them),
/// GIN indexes on both, the facets as columns, and the same sort key as SQLite's rowid.
/// </summary>
public sealed class PostgresSearchEngine(GongkaiDbContext db) : ICatalogSearchEngine
{
    public async Task EnsureSchemaAsync(CancellationToken cancel) =>
        await db.Database.ExecuteSqlRawAsync(
            """
            CREATE TABLE IF NOT EXISTS "CatalogSearch" (
                "ItemId" integer PRIMARY KEY, "SortKey" bigint NOT NULL, "AgencyId" integer NOT NULL, "Year" integer NOT NULL,
                "Category" text NULL, "InForce" boolean NOT NULL, "TitleTsv" tsvector NOT NULL, "AllTsv" tsvector NOT NULL);
            CREATE INDEX IF NOT EXISTS "IX_CatalogSearch_TitleTsv" ON "CatalogSearch" USING gin ("TitleTsv");
            CREATE INDEX IF NOT EXISTS "IX_CatalogSearch_AllTsv" ON "CatalogSearch" USING gin ("AllTsv");
            CREATE INDEX IF NOT EXISTS "IX_CatalogSearch_SortKey" ON "CatalogSearch" ("SortKey" DESC);
            CREATE INDEX IF NOT EXISTS "IX_CatalogSearch_Agency" ON "CatalogSearch" ("AgencyId", "SortKey" DESC);
            """, cancel);

    public async Task IndexAsync(SearchDocument document, CancellationToken cancel)
    {
        var title = Vector([document.Fields[0]]);
        var all = Vector(document.Fields);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "CatalogSearch" ("ItemId", "SortKey", "AgencyId", "Year", "Category", "InForce", "TitleTsv", "AllTsv")
            VALUES ({document.ItemId}, {document.SortKey}, {document.AgencyId}, {document.Year}, {document.Category}, {document.InForce}, CAST({title} AS tsvector), CAST({all} AS tsvector))
            ON CONFLICT ("ItemId") DO UPDATE SET "SortKey" = excluded."SortKey", "AgencyId" = excluded."AgencyId", "Year" = excluded."Year",
                "Category" = excluded."Category", "InForce" = excluded."InForce", "TitleTsv" = excluded."TitleTsv", "AllTsv" = excluded."AllTsv"
            """, cancel);
    }

    public async Task RemoveAsync(int itemId, CancellationToken cancel) =>
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "CatalogSearch" WHERE "ItemId" = {itemId}""", cancel);

    public async Task<IReadOnlyList<int>> MatchAsync(SearchQuery query, SearchFilters filters, SearchTier tier, int offset, int limit, CancellationToken cancel)
    {
        var (sql, parameters) = MatchSql(query, filters, tier, offset, limit);
        return await db.Database.SqlQueryRaw<int>(sql, parameters).ToListAsync(cancel);
    }

    public async Task<EngineMatches> FindAsync(SearchQuery query, SearchFilters filters, int cap, CancellationToken cancel)
    {
        var (sql, parameters) = FindSql(query, filters, cap);
        var rows = await db.Database.SqlQueryRaw<IdAndTier>(sql, parameters).ToListAsync(cancel);
        return new EngineMatches(rows.Where(r => r.Title == 1).Select(r => r.Key).ToList(), rows.Where(r => r.Title == 0).Select(r => r.Key).ToList());
    }

    public (string Sql, object[] Parameters) FindSql(SearchQuery query, SearchFilters filters, int cap)
    {
        var (title, parameters) = Where(query, filters, SearchTier.Title);
        var (all, _) = Where(query, filters, SearchTier.All);
        // Both halves share the parameters (the tsquery, then the filters' values, then the cap).
        return ($$"""
            (SELECT "ItemId" AS "Key", 1 AS "Title" FROM "CatalogSearch" WHERE {{title}} ORDER BY "SortKey" DESC LIMIT {{{parameters.Count}}})
            UNION ALL
            (SELECT "ItemId", 0 FROM "CatalogSearch" WHERE {{all}} ORDER BY "SortKey" DESC LIMIT {{{parameters.Count}}})
            """, [.. parameters, cap]);
    }

    internal sealed class IdAndTier
    {
        public int Key { get; init; }

        public int Title { get; init; }
    }

    private static (string Sql, object[] Parameters) MatchSql(SearchQuery query, SearchFilters filters, SearchTier tier, int offset, int limit)
    {
        var (where, parameters) = Where(query, filters, tier);
        return ($$"""SELECT "ItemId" AS "Value" FROM "CatalogSearch" WHERE {{where}} ORDER BY "SortKey" DESC LIMIT {{{parameters.Count}}} OFFSET {{{parameters.Count + 1}}}""",
            [.. parameters, limit, offset]);
    }

    private static (string Where, List<object> Parameters) Where(SearchQuery query, SearchFilters filters, SearchTier tier)
    {
        var parameters = new List<object> { query.TsQuery() };
        var where = new StringBuilder(tier switch
        {
            SearchTier.Title => """ "TitleTsv" @@ CAST({0} AS tsquery)""",
            SearchTier.Rest => """ "AllTsv" @@ CAST({0} AS tsquery) AND NOT ("TitleTsv" @@ CAST({0} AS tsquery))""",
            _ => """ "AllTsv" @@ CAST({0} AS tsquery)""",
        });
        void Add(string column, object value)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND \"{column}\" = {{{parameters.Count}}}");
            parameters.Add(value);
        }

        if (filters.AgencyId is { } agency)
        {
            Add("AgencyId", agency);
        }

        if (filters.Year is { } year)
        {
            Add("Year", year);
        }

        if (filters.Category is { } category)
        {
            Add("Category", category.Trim());
        }

        if (filters.InForce is { } inForce)
        {
            Add("InForce", inForce);
        }

        return (where.ToString(), parameters);
    }

    /// <summary>A tsvector literal: each lexeme with its positions (1-based, fields after each other with a gap), placeholders left out.</summary>
    public static string Vector(IReadOnlyList<IReadOnlyList<string>> fields)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var position = 0;
        foreach (var field in fields)
        {
            foreach (var token in field)
            {
                position++;
                if (token != SearchTokens.Placeholder)
                {
                    (positions.TryGetValue(token, out var list) ? list : positions[token] = []).Add(position);
                }
            }

            position += SearchTokens.FieldGap;
        }

        return string.Join(' ', positions.Select(p => $"'{p.Key}':{string.Join(',', p.Value)}"));
    }
}
