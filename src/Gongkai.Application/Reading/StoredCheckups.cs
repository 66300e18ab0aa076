using System.Security.Cryptography;
using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.Audit;
using Gongkai.Application.Data;
using Gongkai.Application.Reading.Data;
using Gongkai.Reading;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Reading;

/// <summary>One line of 我的体检.</summary>
public sealed record CheckupListing(string Id, DateTimeOffset At, int Files, long Bytes, string Summary);

/// <summary>What a user keeps stored, against the quotas.</summary>
public sealed record CheckupUsage(long UserBytes, long TotalBytes, CheckupQuotas Quotas);

/// <summary>
/// The stored 年报体检 batches of signed-in staff (ADR 0019): saved within the quotas, listed per owner,
/// opened by link by the owner and by staff of the owner's agency or an agency above it (anyone else
/// is told it does not exist), deleted by the owner only.
/// </summary>
public sealed class StoredCheckups(GongkaiDbContext db, AgencyDirectory agencies, AuditLog audit, TimeProvider clock, CheckupQuotas quotas)
{
    private DbSet<StoredCheckup> Checkups => db.Set<StoredCheckup>();

    /// <summary>Refuses before reading when the user or the platform has no room left at all.</summary>
    public Task RequireRoomAsync(StaffContext staff, CancellationToken cancel) => RequireRoomAsync(staff, 1, cancel);

    public async Task<ReadBatch> SaveAsync(StaffContext staff, IReadOnlyList<ReadResult> results, CancellationToken cancel)
    {
        var files = results.Select((r, i) => StoredCheckupFile.Create(i + 1, StoredResult.Write(r))).ToList();
        var summary = string.Join("、", results.Take(3).Select(r => r.FileName)) + (results.Count > 3 ? $" 等 {results.Count} 份" : "");
        var checkup = StoredCheckup.Create(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), staff.UserName, staff.AgencyId,
            clock.GetUtcNow(), files, summary.Length > 300 ? summary[..299] + "…" : summary);
        await RequireRoomAsync(staff, checkup.Bytes, cancel);
        Checkups.Add(checkup);
        await db.SaveChangesAsync(cancel);
        return new ReadBatch(checkup.Id, checkup.CreatedAt, results) { Owner = checkup.Owner };
    }

    /// <summary>The batch if it exists and this user may open it; null otherwise (the page says 404 either way).</summary>
    public async Task<ReadBatch?> FindAsync(StaffContext viewer, string id, CancellationToken cancel)
    {
        var checkup = await Checkups.AsNoTracking().Include(c => c.Files).FirstOrDefaultAsync(c => c.Id == id, cancel);
        if (checkup is null || !await MayOpenAsync(viewer, checkup, cancel))
        {
            return null;
        }

        var results = checkup.Files.OrderBy(f => f.Number).Select(f => StoredResult.Read(f.Json)).ToList();
        return new ReadBatch(checkup.Id, checkup.CreatedAt, results) { Owner = checkup.Owner };
    }

    /// <summary>Whether a stored batch has this id (to send an anonymous visitor of a shared link to sign in).</summary>
    public Task<bool> ExistsAsync(string id, CancellationToken cancel) => Checkups.AnyAsync(c => c.Id == id, cancel);

    public async Task<IReadOnlyList<CheckupListing>> MineAsync(StaffContext staff, CancellationToken cancel)
    {
        var mine = await Checkups.AsNoTracking().Where(c => c.Owner == staff.UserName)
            .Select(c => new { c.Id, c.CreatedAt, c.FileCount, c.Bytes, c.Summary }).ToListAsync(cancel);
        // Ordered here: SQLite stores the time as ticks, PostgreSQL as a timestamp; both sort the same in memory.
        return mine.OrderByDescending(c => c.CreatedAt).Select(c => new CheckupListing(c.Id, c.CreatedAt, c.FileCount, c.Bytes, c.Summary)).ToList();
    }

    public async Task<CheckupUsage> UsageAsync(StaffContext staff, CancellationToken cancel) => new(
        await Checkups.Where(c => c.Owner == staff.UserName).SumAsync(c => c.Bytes, cancel),
        await Checkups.SumAsync(c => c.Bytes, cancel),
        quotas);

    /// <summary>Deletes a batch of the user's own: 404 where they may not see it, 403 where it is someone else's.</summary>
    public async Task DeleteAsync(StaffContext staff, string id, CancellationToken cancel)
    {
        var checkup = await Checkups.FirstOrDefaultAsync(c => c.Id == id, cancel);
        if (checkup is null || !await MayOpenAsync(staff, checkup, cancel))
        {
            throw GongkaiException.NotFound("体检结果");
        }

        if (checkup.Owner != staff.UserName)
        {
            throw GongkaiException.Forbidden("只有上传者本人可以删除体检结果");
        }

        Checkups.Remove(checkup);
        audit.Record(staff.UserName, "checkup.deleted", $"checkup:{id}", $"删除了体检结果（{checkup.FileCount} 份：{checkup.Summary}）");
        await db.SaveChangesAsync(cancel);
    }

    private async Task<bool> MayOpenAsync(StaffContext viewer, StoredCheckup checkup, CancellationToken cancel) =>
        checkup.Owner == viewer.UserName
        || viewer.IsAdmin
        || (checkup.AgencyId is { } agency && (await agencies.VisibleToAsync(viewer, cancel)).Contains(agency));

    private async Task RequireRoomAsync(StaffContext staff, long bytes, CancellationToken cancel)
    {
        var usage = await UsageAsync(staff, cancel);
        if (usage.UserBytes + bytes > quotas.PerUserBytes)
        {
            throw GongkaiException.Conflict(
                $"您保存的体检结果已占用 {CheckupQuotas.Megabytes(usage.UserBytes)}，加上本次的 {CheckupQuotas.Megabytes(bytes)} 超过每人上限 {CheckupQuotas.Megabytes(quotas.PerUserBytes)}；请在“我的体检”中删除不再需要的结果后重试。本次结果未保存。");
        }

        if (usage.TotalBytes + bytes > quotas.TotalBytes)
        {
            throw new GongkaiException(ProblemKind.Unavailable,
                $"平台保存的体检结果已达总上限 {CheckupQuotas.Megabytes(quotas.TotalBytes)}，本次结果未保存；请联系管理员清理后重试。");
        }
    }
}
