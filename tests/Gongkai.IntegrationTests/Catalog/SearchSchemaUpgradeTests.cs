using Gongkai.Application.Catalog.Search;
using Gongkai.Application.Data;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// A platform upgraded from the layout of an earlier release. SQLite: the FTS5 table without the prefix index (three
/// releases ago) or without the joined lexemes (two) is made anew and filled from the catalog at start (the last
/// release's is today's). PostgreSQL: the table without the day column (three releases ago), or without the titles'
/// table and the joined lexemes (two), gets the column, the table and the indexes in place and its rows written anew;
/// the last release's tables get the blocks column and the indexes over it, their rows kept. Either way the demo
/// catalog is found as before, and a second start changes nothing.
/// </summary>
public sealed class SearchSchemaUpgradeTests : IDisposable
{
    private readonly GongkaiFactory _factory = new(settings: new Dictionary<string, string?> { ["Gongkai:Demo:Catalog"] = "true" });

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task TheIndexOfAnEarlierReleaseIsBroughtToTheNewLayoutAndStillFindsTheCatalog(int releasesAgo)
    {
        var before = await SearchAsync("城市管理");
        var prefixed = await SearchAsync("2022年");
        Assert.NotEmpty(before);
        Assert.NotEmpty(prefixed);

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            if (TestDatabase.UsePostgres && releasesAgo == 1)
            {
                await db.Database.ExecuteSqlRawAsync(
                    """
                    ALTER TABLE "CatalogSearch" DROP COLUMN "Blocks"; ALTER TABLE "CatalogSearchTitles" DROP COLUMN "Blocks";
                    CREATE INDEX "IX_CatalogSearch_All" ON "CatalogSearch" USING gin ("Day", "AgencyId", "Year", "Category", "InForce", "AllTsv");
                    CREATE INDEX "IX_CatalogSearchTitles" ON "CatalogSearchTitles" USING gin ("Day", "AgencyId", "Year", "Category", "InForce", "TitleTsv");
                    """);
            }
            else if (TestDatabase.UsePostgres && releasesAgo == 2)
            {
                await db.Database.ExecuteSqlRawAsync(
                    """
                    DROP TABLE "CatalogSearchTitles"; ALTER TABLE "CatalogSearch" DROP COLUMN "Blocks";
                    CREATE INDEX "IX_CatalogSearch_All" ON "CatalogSearch" USING gin ("Day", "AgencyId", "Year", "Category", "InForce", "AllTsv");
                    CREATE INDEX "IX_CatalogSearch_Title" ON "CatalogSearch" USING gin ("Day", "AgencyId", "Year", "Category", "InForce", "TitleTsv");
                    """);
            }
            else if (TestDatabase.UsePostgres)
            {
                await db.Database.ExecuteSqlRawAsync(
                    """
                    DROP TABLE "CatalogSearchTitles"; ALTER TABLE "CatalogSearch" DROP COLUMN "Blocks"; ALTER TABLE "CatalogSearch" DROP COLUMN "Day";
                    CREATE INDEX "IX_CatalogSearch_TitleTsv" ON "CatalogSearch" USING gin ("TitleTsv");
                    CREATE INDEX "IX_CatalogSearch_SortKey" ON "CatalogSearch" ("SortKey" DESC);
                    """);
            }
            else if (releasesAgo == 1)
            {
                // The last release's SQLite tables are today's.
            }
            else if (releasesAgo == 2)
            {
                // The tables of two releases ago (no joined lexemes), emptied: a rebuild must fill them from the catalog.
                await db.Database.ExecuteSqlRawAsync(
                    """
                    DROP TABLE "CatalogSearch"; DELETE FROM "CatalogSearchTitles"; DELETE FROM "CatalogSearchKeys";
                    CREATE VIRTUAL TABLE "CatalogSearch" USING fts5(title, docno, keywords, summary, body, facets, tokenize = 'ascii', prefix = '1', content = '', contentless_delete = 1);
                    """);
            }
            else
            {
                // The table of three releases ago, empty: a rebuild must fill it from the catalog.
                await db.Database.ExecuteSqlRawAsync(
                    """
                    DROP TABLE "CatalogSearch"; DROP TABLE "CatalogSearchTitles"; DELETE FROM "CatalogSearchKeys";
                    CREATE VIRTUAL TABLE "CatalogSearch" USING fts5(title, docno, keywords, summary, body, facets, tokenize = 'ascii', content = '', contentless_delete = 1);
                    """);
            }
        }


        await StartAsync();
        Assert.Equal(before, await SearchAsync("城市管理"));
        Assert.Equal(prefixed, await SearchAsync("2022年"));

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var layout = TestDatabase.UsePostgres
                ? """SELECT string_agg(indexname, ',' ORDER BY indexname COLLATE "C") AS "Value" FROM pg_indexes WHERE tablename IN ('CatalogSearch', 'CatalogSearchTitles')"""
                : """SELECT sql AS "Value" FROM sqlite_master WHERE name = 'CatalogSearch'""";
            var now = await db.Database.SqlQueryRaw<string>(layout).SingleAsync();
            if (TestDatabase.UsePostgres)
            {
                Assert.Equal("CatalogSearchTitles_pkey,CatalogSearch_pkey,IX_CatalogSearchTitles_Words,IX_CatalogSearch_Words", now);
                // Every row in the new layout: the titles' table filled, the joined lexemes in, each row's block.
                Assert.True(await db.Database.SqlQueryRaw<bool>(
                    """SELECT NOT EXISTS (SELECT 1 FROM "CatalogSearch" WHERE "Blocks" <> ARRAY["Day" / 16]) AND NOT EXISTS (SELECT 1 FROM "CatalogSearchTitles" WHERE "Blocks" <> ARRAY["Day" / 16]) AS "Value" """)
                    .SingleAsync());
                Assert.True(await db.Database.SqlQueryRaw<bool>(
                    """SELECT (SELECT count(*) FROM "CatalogSearchTitles") = (SELECT count(*) FROM "CatalogSearch") AND EXISTS (SELECT 1 FROM "CatalogSearch" WHERE "AllTsv" @@ '2022年'::tsquery) AS "Value" """)
                    .SingleAsync());
            }
            else
            {
                Assert.Contains("prefix = '1'", now, StringComparison.Ordinal);
                Assert.Contains("facets, joins", now, StringComparison.Ordinal);
            }

            Assert.False(await scope.ServiceProvider.GetRequiredService<ICatalogSearchEngine>().EnsureSchemaAsync(default), "a second start makes nothing anew");
        }
    }

    private async Task StartAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SearchIndexing>().RunAsync(default);
    }

    private async Task<List<int>> SearchAsync(string text)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<CatalogSearch>().SearchAsync(text, new SearchFilters(), 1, 100);
        return page.Hits.Select(h => h.ItemId).ToList();
    }
}
