using Gongkai.Application.Catalog.Search;
using Gongkai.Application.Data;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog;

/// <summary>
/// What changes what the public sees happens here, in one transaction: the 索引号 is taken, the item saved,
/// and everything derived from the public catalog brought along with it, so that nothing public is ever
/// half-changed.
/// </summary>
public sealed class CatalogPublication(GongkaiDbContext db, IndexNumbers indexNumbers, SearchIndexing search, PublicContent publicContent)
{
    public async Task InTransactionAsync(Func<Task> work, CancellationToken cancel)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await work();
            return;
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancel))
        {
            await work();
            await transaction.CommitAsync(cancel);
        }

        // After the commit: a page rendered before it is cached under the old generation, never served again.
        await publicContent.ChangedAsync(cancel);
    }

    public Task<string> NextIndexNoAsync(CatalogSettings settings, DateOnly published, CancellationToken cancel) =>
        indexNumbers.NextAsync(settings, published, cancel);

    /// <summary>Saves the item's change; call inside <see cref="InTransactionAsync"/>.</summary>
    public async Task SaveAsync(CatalogItem item, CancellationToken cancel)
    {
        try
        {
            await db.SaveChangesAsync(cancel);
            await search.UpdateAsync(item, cancel);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw GongkaiException.Conflict($"“{item.Working.Content.Title}”刚被他人修改，您的操作未执行。请刷新后重试。");
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            throw GongkaiException.Conflict("索引号与已有信息重复，未发布。请刷新后重试。");
        }
    }
}
