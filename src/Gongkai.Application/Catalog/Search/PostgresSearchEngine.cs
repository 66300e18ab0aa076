using System.Globalization;
using System.Text;
using Gongkai.Application.Data;
using Gongkai.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Search;

/// <summary>
/// PostgreSQL: one row per public item with its title and all its fields as tsvectors built from
/// <see cref="SearchTokens"/> (written as tsvector literals, so no text search configuration touches them),
/// the facets as columns, the publication day, and the same sort key as SQLite's rowid. The index cannot read its
/// matches in sort-key order (FTS5 can), so a tier whose words the statistics call common is asked for the newest
/// days first (<see cref="WindowDays"/>, each window holding the last), and the first window with a full list
/// answers; a rare one is asked once. One GIN index over the day, the facets and the tsvector of all fields narrows
/// every statement, and the titles' table its own over the titles (ADR 0021). Where a word and a Han run meet, their
/// joined lexeme is indexed too, so <c>2024年</c> is one lexeme, not a phrase to check in every row holding 2024 (ADR 0022).
/// </summary>
public sealed class PostgresSearchEngine(GongkaiDbContext db, TimeProvider clock) : ICatalogSearchEngine
{
    /// <summary>The windows, in days up to the newest publication day; past the last, no limit.</summary>
    public static readonly IReadOnlyList<int> WindowDays = [8, 16, 32, 64, 128, 256, 512];

    /// <summary>
    /// A year's windows are sets of blocks of this many days (the index holds each row's block): <c>Day &gt;</c> reads
    /// every day after its own, the years since a past year's end too, and GIN cannot bound a range on both sides.
    /// </summary>
    public const int BlockDays = 16;

    /// <summary>Below this many rows holding the words (by the statistics) a tier is asked once, without windows.</summary>
    public const double AskOnceBelow = 3000;

    /// <summary>
    /// Marks the tables' layout, on the titles' table: set once a rebuild has gone through the whole catalog, so an
    /// index of an older layout (or an interrupted rebuild) is rebuilt at start.
    /// </summary>
    public const string Layout = "gongkai search layout 2: titles table, joined lexemes";

    /// <summary>An older table gets the day column and the new indexes in place; true when it was emptied and must be written anew.</summary>
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

        var layout = await db.Database.SqlQueryRaw<string>("""SELECT COALESCE(obj_description('"CatalogSearchTitles"'::regclass, 'pg_class'), '') AS "Value" """).SingleAsync(cancel);
        if (layout == Layout)
        {
            return false;
        }

        // Emptied, then written anew by inserts: updating every row in place would leave as many dead ones behind.
        await db.Database.ExecuteSqlRawAsync("""TRUNCATE "CatalogSearch", "CatalogSearchTitles" """, cancel);
        return true;
    }

    public async Task RebuiltAsync(CancellationToken cancel) =>
        await db.Database.ExecuteSqlRawAsync($"""COMMENT ON TABLE "CatalogSearchTitles" IS '{Layout}'""", cancel);

    private async Task CreateAsync(CancellationToken cancel) => await db.Database.ExecuteSqlRawAsync(Ddl, cancel);

    // Titles have a table of their own: with the day in a titles' index on the one table the planner took that
    // index for a window's days and read every row's tsvector of all fields to filter them (a common word:
    // 250 ms for 3,000 rows); without it, a title tier's window read the day's and the word's rows apart.
    private static readonly string Ddl =
            $$"""
            CREATE EXTENSION IF NOT EXISTS btree_gin;
            CREATE TABLE IF NOT EXISTS "CatalogSearch" (
                "ItemId" integer PRIMARY KEY, "SortKey" bigint NOT NULL, "AgencyId" integer NOT NULL, "Year" integer NOT NULL,
                "Category" text NULL, "InForce" boolean NOT NULL, "TitleTsv" tsvector NOT NULL, "AllTsv" tsvector NOT NULL);
            ALTER TABLE "CatalogSearch" ADD COLUMN IF NOT EXISTS "Day" integer GENERATED ALWAYS AS (("SortKey" >> 32)::integer) STORED;
            CREATE TABLE IF NOT EXISTS "CatalogSearchTitles" (
                "ItemId" integer PRIMARY KEY, "SortKey" bigint NOT NULL, "AgencyId" integer NOT NULL, "Year" integer NOT NULL,
                "Category" text NULL, "InForce" boolean NOT NULL, "TitleTsv" tsvector NOT NULL,
                "Day" integer GENERATED ALWAYS AS (("SortKey" >> 32)::integer) STORED);
            ALTER TABLE "CatalogSearch" ADD COLUMN IF NOT EXISTS "Blocks" integer[] GENERATED ALWAYS AS (ARRAY[("SortKey" >> 32)::integer / {{BlockDays}}]) STORED;
            ALTER TABLE "CatalogSearchTitles" ADD COLUMN IF NOT EXISTS "Blocks" integer[] GENERATED ALWAYS AS (ARRAY[("SortKey" >> 32)::integer / {{BlockDays}}]) STORED;
            DROP INDEX IF EXISTS "IX_CatalogSearch_TitleTsv";
            DROP INDEX IF EXISTS "IX_CatalogSearch_AllTsv";
            DROP INDEX IF EXISTS "IX_CatalogSearch_SortKey";
            DROP INDEX IF EXISTS "IX_CatalogSearch_Agency";
            DROP INDEX IF EXISTS "IX_CatalogSearch_Title";
            DROP INDEX IF EXISTS "IX_CatalogSearch_All";
            DROP INDEX IF EXISTS "IX_CatalogSearchTitles";
            CREATE INDEX IF NOT EXISTS "IX_CatalogSearch_Words" ON "CatalogSearch" USING gin ("Day", "Blocks", "AgencyId", "Year", "Category", "InForce", "AllTsv");
            CREATE INDEX IF NOT EXISTS "IX_CatalogSearchTitles_Words" ON "CatalogSearchTitles" USING gin ("Day", "Blocks", "AgencyId", "Year", "Category", "InForce", "TitleTsv");
            ALTER TABLE "CatalogSearch" ALTER COLUMN "TitleTsv" SET STATISTICS 1000, ALTER COLUMN "AllTsv" SET STATISTICS 1000;
            """;

    public async Task IndexAsync(SearchDocument document, CancellationToken cancel)
    {
        var title = Vector([document.Fields[0]]);
        var all = Vector(document.Fields);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "CatalogSearch" ("ItemId", "SortKey", "AgencyId", "Year", "Category", "InForce", "TitleTsv", "AllTsv")
            VALUES ({document.ItemId}, {document.SortKey}, {document.AgencyId}, {document.Year}, {document.Category}, {document.InForce}, CAST({title} AS tsvector), CAST({all} AS tsvector))
            ON CONFLICT ("ItemId") DO UPDATE SET "SortKey" = excluded."SortKey", "AgencyId" = excluded."AgencyId", "Year" = excluded."Year",
                "Category" = excluded."Category", "InForce" = excluded."InForce", "TitleTsv" = excluded."TitleTsv", "AllTsv" = excluded."AllTsv";
            INSERT INTO "CatalogSearchTitles" ("ItemId", "SortKey", "AgencyId", "Year", "Category", "InForce", "TitleTsv")
            VALUES ({document.ItemId}, {document.SortKey}, {document.AgencyId}, {document.Year}, {document.Category}, {document.InForce}, CAST({title} AS tsvector))
            ON CONFLICT ("ItemId") DO UPDATE SET "SortKey" = excluded."SortKey", "AgencyId" = excluded."AgencyId", "Year" = excluded."Year",
                "Category" = excluded."Category", "InForce" = excluded."InForce", "TitleTsv" = excluded."TitleTsv"
            """, cancel);
    }

    /// <summary>
    /// Rewrites both tables in sort-key order (CLUSTER by a b-tree made and dropped in the same transaction, so no
    /// statement ever sees it: ADR 0021 keeps the planner off a sort-key index). Rows come in publication order as
    /// items are published; a migration imports them agency by agency, each window's rows then on as many pages.
    /// </summary>
    public async Task<bool> OrderByDayAsync(CancellationToken cancel)
    {
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(2));
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancel);
            await db.Database.ExecuteSqlRawAsync(
                """
                CREATE INDEX "IX_CatalogSearch_Order" ON "CatalogSearch" ("SortKey");
                CLUSTER "CatalogSearch" USING "IX_CatalogSearch_Order";
                DROP INDEX "IX_CatalogSearch_Order";
                CREATE INDEX "IX_CatalogSearchTitles_Order" ON "CatalogSearchTitles" ("SortKey");
                CLUSTER "CatalogSearchTitles" USING "IX_CatalogSearchTitles_Order";
                DROP INDEX "IX_CatalogSearchTitles_Order";
                ANALYZE "CatalogSearch";
                ANALYZE "CatalogSearchTitles";
                """, cancel);
            await transaction.CommitAsync(cancel);
            return true;
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    public async Task RemoveAsync(int itemId, CancellationToken cancel) =>
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "CatalogSearch" WHERE "ItemId" = {itemId}; DELETE FROM "CatalogSearchTitles" WHERE "ItemId" = {itemId}""", cancel);

    public async Task<IReadOnlyList<int>> MatchAsync(SearchQuery query, SearchFilters filters, SearchTier tier, int offset, int limit, CancellationToken cancel)
    {
        var statistics = await PostgresSearchStatistics.GetAsync(db, clock, cancel);
        var found = await RunAsync(Plan(statistics, query, filters, tier, offset + limit), SearchCaps.Both(offset + limit), cancel);
        return (tier == SearchTier.Title ? found.Titled : found.All).Skip(offset).ToList();
    }

    public async Task<EngineMatches> FindAsync(SearchQuery query, SearchFilters filters, SearchCaps caps, CancellationToken cancel) =>
        await RunAsync(await PlanAsync(query, filters, caps, cancel), caps, cancel);

    public async Task<IReadOnlyList<EngineStatement>> PlanAsync(SearchQuery query, SearchFilters filters, SearchCaps caps, CancellationToken cancel)
    {
        var statistics = await PostgresSearchStatistics.GetAsync(db, clock, cancel);
        return [.. Plan(statistics, query, filters, SearchTier.Title, caps.Titles), .. Plan(statistics, query, filters, SearchTier.All, caps.All)];
    }

    private Task<EngineMatches> RunAsync(IEnumerable<EngineStatement> statements, SearchCaps caps, CancellationToken cancel) =>
        EngineStatements.RunAsync(statements, caps, async s => await db.Database.SqlQueryRaw<EngineRow>(s.Sql, s.Parameters).ToListAsync(cancel));

    /// <summary>
    /// One tier's statements: the windows (newest days first; with a year's filter, of that year's last days), from
    /// the first the statistics expect to fill the list, then the whole table; a tier they expect to be rare asks once.
    /// </summary>
    private List<EngineStatement> Plan(PostgresSearchStatistics statistics, SearchQuery query, SearchFilters filters, SearchTier tier, int cap)
    {
        // A title match is a match of all fields too: the lesser of what either column's statistics allow. Words
        // the statistics do not list are rare: asked once (a window's days cost more than their few rows).
        var all = statistics.Candidates(statistics.All, query, filters);
        var titles = tier == SearchTier.Title ? statistics.Candidates(statistics.Titles, query, filters) : null;
        var listed = statistics.Lists(statistics.All, query) && (tier != SearchTier.Title || statistics.Lists(statistics.Titles, query));
        var candidates = !listed ? 0 : titles is { } t && all is { } a ? Math.Min(t, a) : titles ?? all;
        var newest = statistics.NewestDay ?? ShanghaiTime.Today(clock).DayNumber;
        var year = filters.Year is { } y && y is > 0 and < 10000 ? (First: new DateOnly(y, 1, 1).DayNumber, Last: new DateOnly(y, 12, 31).DayNumber) : ((int First, int Last)?)null;
        var anchor = Math.Min(newest, year?.Last ?? newest);

        // The days the candidates spread over: the catalog's, or one year's when filtered by year.
        var catalogDays = Math.Max(1, newest - (statistics.OldestDay ?? newest - 3650));
        var span = year is null ? catalogDays : Math.Min(catalogDays, 366);
        // A window the statistics expect to hold fewer matches than the list needs is skipped, and none is asked
        // when the first worth asking reads far more rows than could hold the words (a window reads all its days' rows).
        var days = candidates is not { } c ? WindowDays : c < AskOnceBelow ? [] : WindowDays.Where(d => c * d / span >= cap).ToList();
        var read = days.Count > 0 ? days[0] * statistics.Rows / catalogDays : 0;
        var windows = candidates is { } bound && read > bound * 20 ? [] : days.Select(d => anchor - d).TakeWhile(after => year is null || after >= year.Value.First);
        return [.. windows.Select(after => Statement(query, filters, tier, cap, Window(after, year?.Last))), Statement(query, filters, tier, cap, null)];
    }

    /// <summary>
    /// The condition of a window of the days after <paramref name="after"/>: <c>Day &gt;</c> where it reaches the
    /// newest day, or, for a year (which ends at <paramref name="last"/>), the blocks of days from the one holding the
    /// day after to the year's last: every row of the year after the block's first day, and no row of a later year read.
    /// </summary>
    private static (string Condition, object Value) Window(int after, int? last) =>
        last is { } end
            ? ("\"Blocks\" &&", Enumerable.Range((after + 1) / BlockDays, end / BlockDays - (after + 1) / BlockDays + 1).ToArray())
            : ("\"Day\" >", after);

    /// <summary>
    /// The tier's newest <paramref name="cap"/> matches in the <paramref name="window"/> of days (null: any day).
    /// Where the query has a phrase, the index is asked for the rows holding all its lexemes (exact: nothing rechecked)
    /// and the phrase is checked on those rows newest first until the list is full, so only that many tsvectors of
    /// all fields are read from TOAST, not every candidate's (OFFSET 0 keeps the check out of the index scan).
    /// </summary>
    private static EngineStatement Statement(SearchQuery query, SearchFilters filters, SearchTier tier, int cap, (string Condition, object Value)? window)
    {
        var phrase = tier != SearchTier.Title && query.JoinedPhrases.Any(p => p.Tokens.Count > 1);
        List<object> parameters = phrase ? [query.TsQuery(), query.TsQuery(positions: false)] : [query.TsQuery()];
        var where = new StringBuilder(tier == SearchTier.Title ? """ "TitleTsv" @@ CAST({0} AS tsquery)""" : $$""" "AllTsv" @@ CAST({{{(phrase ? 1 : 0)}}} AS tsquery)""");
        var check = tier == SearchTier.Rest ? """ AND NOT ("TitleTsv" @@ CAST({0} AS tsquery))""" : "";
        void Add(string condition, object value)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND {condition} {{{parameters.Count}}}");
            parameters.Add(value);
        }

        if (window is { } w)
        {
            Add(w.Condition, w.Value);
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

        var limit = $"LIMIT {{{parameters.Count}}}";
        return new EngineStatement(
            tier == SearchTier.Title
                ? $"""SELECT "SortKey" AS "Key", 1 AS "Title" FROM "CatalogSearchTitles" WHERE {where} ORDER BY "SortKey" DESC {limit}"""
                : phrase
                    ? $$"""
                       SELECT "Key", 0 AS "Title" FROM (SELECT "SortKey" AS "Key", "AllTsv", "TitleTsv" FROM "CatalogSearch" WHERE {{where}} ORDER BY "SortKey" DESC OFFSET 0) AS c
                       WHERE "AllTsv" @@ CAST({0} AS tsquery){{check}} ORDER BY "Key" DESC {{limit}}
                       """
                    : $"""SELECT "SortKey" AS "Key", 0 AS "Title" FROM "CatalogSearch" WHERE {where}{check} ORDER BY "SortKey" DESC {limit}""",
            [.. parameters, cap], tier);
    }

    /// <summary>
    /// A tsvector literal: each lexeme with its positions (1-based, fields after each other with a gap), placeholders
    /// left out, and where a word and a Han run meet their joined lexeme at the first one's position.
    /// </summary>
    public static string Vector(IReadOnlyList<IReadOnlyList<string>> fields)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var position = 0;
        void Add(string lexeme) => (positions.TryGetValue(lexeme, out var list) ? list : positions[lexeme] = []).Add(position);
        foreach (var field in fields)
        {
            for (var k = 0; k < field.Count; k++)
            {
                position++;
                if (field[k] != SearchTokens.Placeholder)
                {
                    Add(field[k]);
                }

                if (k + 1 < field.Count && SearchTokens.Joined(field[k], field[k + 1]) is { } joined)
                {
                    Add(joined);
                }
            }

            position += SearchTokens.FieldGap;
        }

        return string.Join(' ', positions.Select(p => $"'{p.Key}':{string.Join(',', p.Value)}"));
    }
}
