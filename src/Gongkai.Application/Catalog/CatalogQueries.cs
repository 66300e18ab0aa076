using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.Catalog.Data;
using Gongkai.Application.Data;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog;

/// <summary>A line of staff's list of items.</summary>
public sealed record CatalogListItem(int Id, int AgencyId, string? IndexNo, string Title, string? DocumentNo, CatalogItemStatus Status, DisclosureMode Disclosure, DateOnly WrittenOn, DateOnly? PublishedOn, DateTimeOffset UpdatedAt);

/// <summary>Reading items: what staff may see (their agency and those beneath it) and what anyone may see.</summary>
public sealed class CatalogQueries(GongkaiDbContext db, AgencyDirectory agencies)
{
    /// <summary>An item the member of staff may see, else not found (existence is not revealed).</summary>
    public async Task<CatalogItem> GetAsync(StaffContext staff, int id, CancellationToken cancel = default)
    {
        var item = await db.CatalogItems.AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, cancel);
        if (item is null || !(await agencies.VisibleToAsync(staff, cancel)).Contains(item.AgencyId))
        {
            throw GongkaiException.NotFound("目录信息");
        }

        return item;
    }

    /// <summary>The items of the agencies the member of staff sees, the newest work first.</summary>
    public async Task<List<CatalogListItem>> ListAsync(StaffContext staff, CatalogItemStatus? status = null, int take = 500, CancellationToken cancel = default)
    {
        var visible = (await agencies.VisibleToAsync(staff, cancel)).ToList();
        var rows = from i in db.CatalogItems.AsNoTracking().IgnoreAutoIncludes()
                   where visible.Contains(i.AgencyId)
                   from v in db.Set<CatalogItemVersion>().Where(v => v.ItemId == i.Id).OrderByDescending(v => v.Number).Take(1)
                   where status == null || v.Status == status
                   orderby v.UpdatedAt descending
                   select new CatalogListItem(i.Id, i.AgencyId, i.IndexNo, v.Content.Title, v.Content.DocumentNo, v.Status, v.Content.Disclosure, v.Content.WrittenOn, v.Content.PublishedOn, v.UpdatedAt);
        return await rows.Take(take).ToListAsync(cancel);
    }

    /// <summary>An item as anyone may see it: its public version, or not found.</summary>
    public async Task<(CatalogItem Item, CatalogItemVersion Version)> GetPublicAsync(int id, CancellationToken cancel = default)
    {
        var item = await PublicItems().AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, cancel);
        return item?.Public is { } version ? (item, version) : throw GongkaiException.NotFound("目录信息");
    }

    /// <summary>Items with a version anyone may see (the query repeats <see cref="CatalogItemVersion.IsPublic"/> for the database).</summary>
    public IQueryable<CatalogItem> PublicItems() =>
        db.CatalogItems.AsNoTracking().Where(i => i.Versions.Any(v => v.Content.Disclosure == DisclosureMode.Proactive
            && (v.Status == CatalogItemStatus.Published || (v.Status == CatalogItemStatus.Repealed && !v.Withdrawn))));

    /// <summary>An attachment's bytes, for anyone only where it belongs to a public version.</summary>
    public async Task<(CatalogAttachment Attachment, byte[] Content)> PublicAttachmentAsync(long attachmentId, CancellationToken cancel = default)
    {
        var owner = await db.Set<CatalogAttachment>().AsNoTracking().Where(a => a.Id == attachmentId)
            .Select(a => new { a.VersionId }).FirstOrDefaultAsync(cancel);
        var itemId = owner is null ? (int?)null : await db.Set<CatalogItemVersion>().Where(v => v.Id == owner.VersionId).Select(v => (int?)v.ItemId).FirstOrDefaultAsync(cancel);
        if (itemId is { } id && await PublicItems().FirstOrDefaultAsync(i => i.Id == id, cancel) is { Public: { } version }
            && version.Attachments.FirstOrDefault(a => a.Id == attachmentId) is { } attachment)
        {
            return (attachment, await ContentAsync(attachment, cancel));
        }

        throw GongkaiException.NotFound("附件");
    }

    /// <summary>An attachment of an item the member of staff may see.</summary>
    public async Task<(CatalogAttachment Attachment, byte[] Content)> AttachmentAsync(StaffContext staff, int itemId, long attachmentId, CancellationToken cancel = default)
    {
        var item = await GetAsync(staff, itemId, cancel);
        var attachment = item.Versions.SelectMany(v => v.Attachments).FirstOrDefault(a => a.Id == attachmentId) ?? throw GongkaiException.NotFound("附件");
        return (attachment, await ContentAsync(attachment, cancel));
    }

    private async Task<byte[]> ContentAsync(CatalogAttachment attachment, CancellationToken cancel) =>
        (await db.Set<CatalogBlob>().AsNoTracking().FirstAsync(b => b.Sha256 == attachment.Sha256, cancel)).Content;
}
