using System.Security.Cryptography;
using Gongkai.Reading;
using Microsoft.Extensions.Caching.Memory;

namespace Gongkai.Web.Reading;

/// <summary>Files read together in one upload, kept for the supervisor to browse and download.</summary>
public sealed record ReadBatch(string Id, DateTimeOffset At, IReadOnlyList<ReadResult> Results);

/// <summary>
/// Keeps read batches in memory for two hours after their last view, under an unguessable id, up to a
/// bounded number of files in all (the oldest go first). Reading is cheap and deterministic, so a batch
/// that has expired is simply uploaded again; nothing of an upload is written to the database.
/// </summary>
public sealed class ReadBatchStore(TimeProvider clock) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 5000 });

    public ReadBatch Add(IReadOnlyList<ReadResult> results)
    {
        var batch = new ReadBatch(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), clock.GetUtcNow(), results);
        _cache.Set(batch.Id, batch, new MemoryCacheEntryOptions { Size = Math.Max(1, results.Count), SlidingExpiration = TimeSpan.FromHours(2) });
        return batch;
    }

    public ReadBatch? Find(string id) => _cache.TryGetValue(id, out ReadBatch? batch) ? batch : null;

    public void Dispose() => _cache.Dispose();
}
