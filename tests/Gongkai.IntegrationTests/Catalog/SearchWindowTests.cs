using Gongkai.Application.Catalog.Search;
using Gongkai.Application.Data;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// PostgreSQL's engine asks by windows of publication days (ADR 0021): items published on each side of every
/// window's edge, counted from today and from the end of last year (a year's windows are blocks of days), and in the
/// future, come back in one order, newest first, each list cut at its cap exactly, for
/// every cap (the title matches' chosen apart) — without statistics (every window asked) and after ANALYZE (the words rare: asked once) — the same
/// on SQLite, whose engine has no windows. A word, and a phrase that decoys hold all the lexemes of but not in a row
/// (PostgreSQL checks a phrase after the index: the decoys must be left out at every cap).
/// </summary>
public sealed class SearchWindowTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task MatchesOnBothSidesOfEveryWindowEdgeComeBackNewestFirstCutAtEachCap()
    {
        var department = await Demo.DepartmentIdAsync(_factory);
        var office = await Demo.AgencyIdAsync(_factory, Application.Demo.DemoSeeder.DemoOffice);
        var today = ShanghaiTime.Today(_factory.Clock);
        if (TestDatabase.UsePostgres)
        {
            await ExecuteAsync("""ALTER TABLE "CatalogSearch" SET (autovacuum_enabled = false)""");
        }

        // Each window's edge counted from today, and from the end of last year (a year's windows are blocks of days
        // up to its end); the first days of this year beside it, and each side of the blocks' edges there.
        var lastYearEnd = new DateOnly(today.Year - 1, 12, 31);
        var days = new List<DateOnly> { today.AddDays(3), today, today.AddDays(-3000), lastYearEnd.AddDays(1), lastYearEnd.AddDays(2) };
        foreach (var edge in PostgresSearchEngine.WindowDays)
        {
            days.AddRange([.. new[] { edge - 1, edge, edge + 1 }.Select(back => today.AddDays(-back)), .. new[] { edge - 1, edge, edge + 1 }.Select(back => lastYearEnd.AddDays(-back))]);
        }

        var blockEdge = lastYearEnd.DayNumber / PostgresSearchEngine.BlockDays * PostgresSearchEngine.BlockDays;
        days.AddRange(new[] { -1, 0, 1 }.Select(d => DateOnly.FromDayNumber(blockEdge + d)));
        var random = new Random(20261201);
        var items = new List<(int Id, long SortKey, bool Title, bool Body, int Agency, int Year)>();
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var indexing = scope.ServiceProvider.GetRequiredService<SearchIndexing>();
            var n = 0;
            foreach (var published in days)
            {
                for (var k = 0; k < 3; k++)
                {
                    var inTitle = random.Next(2) == 0;
                    var inBody = !inTitle || random.Next(2) == 0;
                    var agency = random.Next(2) == 0 ? office : department;
                    var content = new CatalogContent
                    {
                        Title = inTitle ? $"关于璇玑星位第{n}号的通知" : $"关于天枢星位第{n}号的通知",
                        Publisher = "测试局",
                        WrittenOn = published,
                        PublishedOn = published,
                        BodyHtml = !inBody ? "<p>依法办理。</p>" : random.Next(2) == 0 ? "<p>璇玑之事，依法办理。</p>" : "<p>璇玑、玑星与星位之事。</p>",
                        Disclosure = DisclosureMode.Proactive,
                    };
                    var item = CatalogItem.Imported(agency, content, $"WIN/{published.Year}-{n++:00000}", false, today, "test", GongkaiFactory.Now);
                    await SearchCorpus.StoreAsync(db, indexing, item);
                    items.Add((item.Id, SearchDocument.SortKeyOf(published, item.Id), inTitle, inBody, agency, published.Year));
                }
            }
        }

        foreach (var analyzed in new[] { false, true })
        {
            if (analyzed && TestDatabase.UsePostgres)
            {
                await ExecuteAsync("""ANALYZE "CatalogSearch" """);
                PostgresSearchStatistics.Forget();
                await using var scope = _factory.Services.CreateAsyncScope();
                var statistics = await PostgresSearchStatistics.GetAsync(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>(), _factory.Clock, default);
                Assert.Equal(today.AddDays(3).DayNumber, statistics.NewestDay); // the item published in three days
                Assert.True(statistics.Rows >= items.Count && statistics.All.Shares.ContainsKey("璇玑"), "pg_stats read");
            }

            foreach (var filters in new[] { new SearchFilters(), new SearchFilters(AgencyId: office), new SearchFilters(Year: today.Year), new SearchFilters(Year: today.Year - 1) })
            {
                await AssertEveryCapAsync(SearchQuery.Parse("璇玑"), i => i.Title || i.Body, filters, items, random);
                await AssertEveryCapAsync(SearchQuery.Parse("璇玑星位"), i => i.Title, filters, items, random);
            }
        }
    }

    private async Task AssertEveryCapAsync(SearchQuery query, Func<(int Id, long SortKey, bool Title, bool Body, int Agency, int Year), bool> matches, SearchFilters filters,
        List<(int Id, long SortKey, bool Title, bool Body, int Agency, int Year)> items, Random random)
    {
        var matching = items.Where(i => matches(i) && (filters.AgencyId is null || i.Agency == filters.AgencyId) && (filters.Year is null || i.Year == filters.Year))
            .OrderByDescending(i => i.SortKey).ToList();
        var titled = matching.Where(i => i.Title).Select(i => i.Id).ToList();
        var all = matching.Select(i => i.Id).ToList();
        var rest = matching.Where(i => !i.Title).Select(i => i.Id).ToList();
        Assert.True(all.Count > 3, "the fixture has matches for the filter");
        for (var cap = 1; cap <= all.Count + 1; cap++)
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            var engine = scope.ServiceProvider.GetRequiredService<ICatalogSearchEngine>();
            // The title matches cut at their own cap too: below, at and above the other list's.
            var titleCap = random.Next(1, all.Count + 2);
            var found = await engine.FindAsync(query, filters, new SearchCaps(titleCap, cap), default);
            Assert.Equal(titled.Take(titleCap), found.Titled);
            Assert.Equal(all.Take(cap), found.All);
            var offset = random.Next(0, Math.Max(1, rest.Count));
            Assert.Equal(rest.Skip(offset).Take(cap), await engine.MatchAsync(query, filters, SearchTier.Rest, offset, cap, default));
            Assert.Equal(titled.Skip(offset).Take(cap), await engine.MatchAsync(query, filters, SearchTier.Title, offset, cap, default));
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Database.ExecuteSqlRawAsync(sql);
    }
}
