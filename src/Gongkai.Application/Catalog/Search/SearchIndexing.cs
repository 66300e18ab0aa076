using Gongkai.Application.Data;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gongkai.Application.Catalog.Search;

/// <summary>Keeps the index equal to the public catalog: an item's public version in, anything else out.</summary>
public sealed class SearchIndexing(GongkaiDbContext db, ICatalogSearchEngine engine, ILogger<SearchIndexing> logger) : IDatabaseStartup
{
    public async Task RunAsync(CancellationToken cancel)
    {
        if (await engine.EnsureSchemaAsync(cancel))
        {
            // After an upgrade on a large catalog this is the start's longest step: say so.
            logger.LogInformation("Building the catalog search index from the catalog");
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var count = await RebuildAsync(cancel);
            await engine.OrderByDayAsync(cancel); // the rebuild wrote them by item, not by day
            await engine.RebuiltAsync(cancel);
            logger.LogInformation("Built the catalog search index: {Count} public items in {Seconds:0} s", count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }

    public async Task UpdateAsync(CatalogItem item, CancellationToken cancel)
    {
        if (item.Public is { } version)
        {
            await engine.IndexAsync(SearchDocument.For(item, version), cancel);
        }
        else
        {
            await engine.RemoveAsync(item.Id, cancel);
        }
    }

    /// <summary>Builds the index again from the catalog (after a restore, or to repair it), in batches.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancel)
    {
        var count = 0;
        var last = 0;
        while (true)
        {
            // The versions only (the public one is all an entry needs), by key ranges: the whole graph in one
            // statement made each batch read far more than its items on a large catalog.
            var batch = await db.CatalogItems.AsNoTracking().IgnoreAutoIncludes().Include(i => i.Versions).AsSplitQuery()
                .Where(i => i.Id > last).OrderBy(i => i.Id).Take(2000).ToListAsync(cancel);
            if (batch.Count == 0)
            {
                return count;
            }

            // One transaction a batch: FTS5 writes its pending terms as a new segment at every commit.
            await using (var transaction = await db.Database.BeginTransactionAsync(cancel))
            {
                foreach (var item in batch)
                {
                    await UpdateAsync(item, cancel);
                    count += item.Public is null ? 0 : 1;
                }

                await transaction.CommitAsync(cancel);
            }

            last = batch[^1].Id;
        }
    }
}
