using Gongkai.Application.Catalog.Search;
using Gongkai.Application.Data;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// A platform upgraded from the layout of an earlier release: SQLite's FTS5 table without the prefix index (two
/// releases ago) or without the joined lexemes (the last) is made anew and filled from the catalog at start;
/// PostgreSQL's table without the day column (two releases ago), or without the titles' table and the joined lexemes
/// (the last), gets the column, the table and the indexes in place and its rows written anew. Either way the demo
/// catalog is found as before, and a second start changes nothing.
/// </summary>
public sealed class SearchSchemaUpgradeTests : IDisposable
{
    private readonly GongkaiFactory _factory = new(settings: new Dictionary<string, string?> { ["Gongkai:Demo:Catalog"] = "true" });

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TheIndexOfAnEarlierReleaseIsBroughtToTheNewLayoutAndStillFindsTheCatalog(bool lastRelease)
    {
        var before = await SearchAsync("城市管理");
        var prefixed = await SearchAsync("2022年");
        Assert.NotEmpty(before);
        Assert.NotEmpty(prefixed);

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            if (TestDatabase.UsePostgres && lastRelease)
            {
                await db.Database.ExecuteSqlRawAsync(
                    """
                    DROP TABLE "CatalogSearchTitles";
                    CREATE INDEX "IX_CatalogSearch_Title" ON "CatalogSearch" USING gin ("Day", "AgencyId", "Year", "Category", "InForce", "TitleTsv");
                    """);
            }
            else if (TestDatabase.UsePostgres)
            {
                await db.Database.ExecuteSqlRawAsync(
                    """
                    DROP TABLE "CatalogSearchTitles"; DROP INDEX "IX_CatalogSearch_All";
                    ALTER TABLE "CatalogSearch" DROP COLUMN "Day";
                    CREATE INDEX "IX_CatalogSearch_TitleTsv" ON "CatalogSearch" USING gin ("TitleTsv");
                    CREATE INDEX "IX_CatalogSearch_SortKey" ON "CatalogSearch" ("SortKey" DESC);
                    """);
            }
            else if (lastRelease)
            {
                // The last release's tables (no joined lexemes), emptied: a rebuild must fill them from the catalog.
                await db.Database.ExecuteSqlRawAsync(
                    """
                    DROP TABLE "CatalogSearch"; DELETE FROM "CatalogSearchTitles"; DELETE FROM "CatalogSearchKeys";
                    CREATE VIRTUAL TABLE "CatalogSearch" USING fts5(title, docno, keywords, summary, body, facets, tokenize = 'ascii', prefix = '1', content = '', contentless_delete = 1);
                    """);
            }
            else
            {
                // The table of two releases ago, empty: a rebuild must fill it from the catalog.
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
                ? """SELECT string_agg(indexname, ',' ORDER BY indexname) AS "Value" FROM pg_indexes WHERE tablename = 'CatalogSearch'"""
                : """SELECT sql AS "Value" FROM sqlite_master WHERE name = 'CatalogSearch'""";
            var now = await db.Database.SqlQueryRaw<string>(layout).SingleAsync();
            if (TestDatabase.UsePostgres)
            {
                Assert.Equal("CatalogSearch_pkey,IX_CatalogSearch_All", now);
                // Every row written anew: the titles' table filled, the joined lexemes in.
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
