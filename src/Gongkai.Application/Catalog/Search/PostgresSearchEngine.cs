using System.Globalization;
using System.Text;
using Gongkai.Application.Data;
using Gongkai.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Search;

/// <summary>
/// PostgreSQL: one row per public item with its title and all its fields as tsvectors built from
/// <see cref="SearchTokens"/> (written as tsvector literals, so no text search configuration touches them),
/// the facets as columns, the publication day, and the same sort key as SQLite's rowid. GIN cannot read its
/// matches in sort-key order (FTS5 can), and sorting every match of a common word means rechecking each of them,
/// so a tier whose words the statistics call common is asked for the newest days first (<see cref="WindowDays"/>,
/// each window holding the last), and the first window with a full list answers; a rare one is asked once.
/// One GIN index over the day, the facets and the tsvector narrows every statement (ADR 0021).
/// </summary>
public sealed class PostgresSearchEngine(GongkaiDbContext db, TimeProvider clock) : ICatalogSearchEngine
{
    /// <summary>The windows, in days up to the newest publication day; past the last, no limit.</summary>
    public static readonly IReadOnlyList<int> WindowDays = [16, 128, 512];

    /// <summary>Below this many rows holding the words (by the statistics) a tier is asked once, without windows.</summary>
    public const double AskOnceBelow = 3000;

    /// <summary>Never anew: an older table gets the day column and the new indexes in place.</summary>
    public async Task<bool> EnsureSchemaAsync(CancellationToken cancel)
    {
        // Adding the column rewrites the table and the indexes read all of it: minutes on a large catalog, once.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(2));
        try
        {
            await CreateAsync(cancel);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }

        return false;
    }

    public Task RebuiltAsync(CancellationToken cancel) => Task.CompletedTask;

    private async Task CreateAsync(CancellationToken cancel) =>
        await db.Database.ExecuteSqlRawAsync(
            """
            CREATE EXTENSION IF NOT EXISTS btree_gin;
            CREATE TABLE IF NOT EXISTS "CatalogSearch" (
                "ItemId" integer PRIMARY KEY, "SortKey" bigint NOT NULL, "AgencyId" integer NOT NULL, "Year" integer NOT NULL,
                "Category" text NULL, "InForce" boolean NOT NULL, "TitleTsv" tsvector NOT NULL, "AllTsv" tsvector NOT NULL);
            ALTER TABLE "CatalogSearch" ADD COLUMN IF NOT EXISTS "Day" integer GENERATED ALWAYS AS (("SortKey" >> 32)::integer) STORED;
            DROP INDEX IF EXISTS "IX_CatalogSearch_TitleTsv";
            DROP INDEX IF EXISTS "IX_CatalogSearch_AllTsv";
            DROP INDEX IF EXISTS "IX_CatalogSearch_SortKey";
            DROP INDEX IF EXISTS "IX_CatalogSearch_Agency";
            CREATE INDEX IF NOT EXISTS "IX_CatalogSearch_Title" ON "CatalogSearch" USING gin ("Day", "AgencyId", "Year", "Category", "InForce", "TitleTsv");
            CREATE INDEX IF NOT EXISTS "IX_CatalogSearch_All" ON "CatalogSearch" USING gin ("Day", "AgencyId", "Year", "Category", "InForce", "AllTsv");
            ALTER TABLE "CatalogSearch" ALTER COLUMN "TitleTsv" SET STATISTICS 1000, ALTER COLUMN "AllTsv" SET STATISTICS 1000;
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
        var statistics = await PostgresSearchStatistics.GetAsync(db, clock, cancel);
        var found = await RunAsync(Plan(statistics, query, filters, tier, offset + limit), offset + limit, cancel);
        return (tier == SearchTier.Title ? found.Titled : found.All).Skip(offset).ToList();
    }

    public async Task<EngineMatches> FindAsync(SearchQuery query, SearchFilters filters, int cap, CancellationToken cancel) =>
        await RunAsync(await PlanAsync(query, filters, cap, cancel), cap, cancel);

    public async Task<IReadOnlyList<EngineStatement>> PlanAsync(SearchQuery query, SearchFilters filters, int cap, CancellationToken cancel)
    {
        var statistics = await PostgresSearchStatistics.GetAsync(db, clock, cancel);
        return [.. Plan(statistics, query, filters, SearchTier.Title, cap), .. Plan(statistics, query, filters, SearchTier.All, cap)];
    }

    private Task<EngineMatches> RunAsync(IEnumerable<EngineStatement> statements, int cap, CancellationToken cancel) =>
        EngineStatements.RunAsync(statements, cap, async s => await db.Database.SqlQueryRaw<EngineRow>(s.Sql, s.Parameters).ToListAsync(cancel));

    /// <summary>
    /// One tier's statements: the windows (newest days first; a year's filter ends them at its last day), from the
    /// first the statistics expect to fill the list, then the whole table; a tier they expect to be rare asks once.
    /// </summary>
    private List<EngineStatement> Plan(PostgresSearchStatistics statistics, SearchQuery query, SearchFilters filters, SearchTier tier, int cap)
    {
        // A title match is a match of all fields too: the lesser of what either column's statistics allow.
        var all = statistics.Candidates(statistics.All, query, filters);
        var titles = tier == SearchTier.Title ? statistics.Candidates(statistics.Titles, query, filters) : null;
        var candidates = titles is { } t && all is { } a ? Math.Min(t, a) : titles ?? all;
        var newest = statistics.NewestDay ?? ShanghaiTime.Today(clock).DayNumber;
        if (filters.Year is { } year && year is > 0 and < 10000)
        {
            newest = Math.Min(newest, new DateOnly(year, 12, 31).DayNumber);
        }

        // The days the candidates spread over: the catalog's, or one year's when filtered by year.
        var span = Math.Max(1, (statistics.NewestDay ?? newest) - (statistics.OldestDay ?? newest - 3650));
        span = filters.Year is null ? span : Math.Min(span, 366);
        // A window the statistics expect to hold fewer matches than the list needs is skipped, and none is asked
        // when the first worth asking spans far more rows than could hold the words (its days cost more to read).
        var rowsPerDay = statistics.Rows / span;
        var days = candidates is not { } c ? WindowDays : c < AskOnceBelow ? [] : WindowDays.Where(d => c * d / span >= cap).ToList();
        var windows = days.Count > 0 && candidates is { } bound && days[0] * rowsPerDay > bound * 20 ? [] : days.Select(d => newest - d);
        return [.. windows.Select(after => Statement(query, filters, tier, cap, after)), Statement(query, filters, tier, cap, null)];
    }

    /// <summary>The tier's newest <paramref name="cap"/> matches published after day <paramref name="after"/> (null: any day).</summary>
    private static EngineStatement Statement(SearchQuery query, SearchFilters filters, SearchTier tier, int cap, int? after)
    {
        var parameters = new List<object> { query.TsQuery() };
        var where = new StringBuilder(tier switch
        {
            SearchTier.Title => """ "TitleTsv" @@ CAST({0} AS tsquery)""",
            SearchTier.Rest => """ "AllTsv" @@ CAST({0} AS tsquery) AND NOT ("TitleTsv" @@ CAST({0} AS tsquery))""",
            _ => """ "AllTsv" @@ CAST({0} AS tsquery)""",
        });
        void Add(string condition, object value)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND {condition} {{{parameters.Count}}}");
            parameters.Add(value);
        }

        if (after is { } day)
        {
            Add("\"Day\" >", day);
        }

        if (filters.AgencyId is { } agency)
        {
            Add("\"AgencyId\" =", agency);
        }

        if (filters.Year is { } year)
        {
            Add("\"Year\" =", year);
        }

        if (filters.Category is { } category)
        {
            Add("\"Category\" =", category.Trim());
        }

        if (filters.InForce is { } inForce)
        {
            Add("\"InForce\" =", inForce);
        }

        return new EngineStatement(
            $$"""SELECT "SortKey" AS "Key", {{(tier == SearchTier.Title ? 1 : 0)}} AS "Title" FROM "CatalogSearch" WHERE {{where}} ORDER BY "SortKey" DESC LIMIT {{{parameters.Count}}}""",
            [.. parameters, cap], tier);
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
