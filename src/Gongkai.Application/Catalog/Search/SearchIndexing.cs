using Gongkai.Application.Data;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Search;

/// <summary>Keeps the index equal to the public catalog: an item's public version in, anything else out.</summary>
public sealed class SearchIndexing(GongkaiDbContext db, ICatalogSearchEngine engine) : IDatabaseStartup
{
    public Task RunAsync(CancellationToken cancel) => engine.EnsureSchemaAsync(cancel);

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
            var batch = await db.CatalogItems.AsNoTracking().Where(i => i.Id > last).OrderBy(i => i.Id).Take(500).ToListAsync(cancel);
            if (batch.Count == 0)
            {
                return count;
            }

            foreach (var item in batch)
            {
                await UpdateAsync(item, cancel);
                count += item.Public is null ? 0 : 1;
            }

            last = batch[^1].Id;
        }
    }
}
