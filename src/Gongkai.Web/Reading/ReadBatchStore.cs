using System.Security.Cryptography;
using Gongkai.Application.Reading;
using Gongkai.Reading;

namespace Gongkai.Web.Reading;

/// <summary>
/// Keeps anonymous uploads' read batches in memory (ADR 0019; staff's are stored: <see cref="StoredCheckups"/>) for two hours after their last view, under an unguessable id, within a
/// bound in BYTES (<c>Gongkai:Reading:StoreMegabytes</c>, 256 by default). A new batch makes room by
/// dropping the least recently viewed ones, never itself: the batch a user was just shown is always
/// there for the next click. Reading is deterministic, so an expired batch is simply uploaded again.
/// </summary>
public sealed class ReadBatchStore(TimeProvider clock, IConfiguration configuration)
{
    private static readonly TimeSpan Idle = TimeSpan.FromHours(2);

    private readonly long _limit = configuration.GetValue("Gongkai:Reading:StoreMegabytes", 256L) * 1024 * 1024;
    private readonly LinkedList<Entry> _byLastView = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _byId = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _bytes;

    public long Bytes
    {
        get
        {
            lock (_lock)
            {
                return _bytes;
            }
        }
    }

    public ReadBatch Add(IReadOnlyList<ReadResult> results)
    {
        var batch = new ReadBatch(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), clock.GetUtcNow(), results);
        var entry = new Entry(batch, BytesOf(batch)) { LastView = batch.At };
        lock (_lock)
        {
            DropExpired();
            while (_bytes + entry.Bytes > _limit && _byLastView.Last is { } oldest)
            {
                Remove(oldest);
            }

            _byId[batch.Id] = _byLastView.AddFirst(entry);
            _bytes += entry.Bytes;
        }

        return batch;
    }

    public ReadBatch? Find(string id)
    {
        lock (_lock)
        {
            DropExpired();
            if (!_byId.TryGetValue(id, out var node))
            {
                return null;
            }

            node.Value.LastView = clock.GetUtcNow();
            _byLastView.Remove(node);
            _byLastView.AddFirst(node);
            return node.Value.Batch;
        }
    }

    /// <summary>What a batch holds in memory, roughly: its texts (two bytes a character) and figures.</summary>
    public static long BytesOf(ReadBatch batch) => 1024 + batch.Results.Sum(r =>
        2L * (r.FileName.Length + (r.Title?.Length ?? 0) + (r.Message?.Length ?? 0) + r.Text.Parts.Sum(p => p.Length)
              + r.Findings.Sum(f => f.Message.Length + 32))
        + (r.Figures is null ? 0 : 8 * 1024));

    private void DropExpired()
    {
        var now = clock.GetUtcNow();
        while (_byLastView.Last is { } oldest && now - oldest.Value.LastView > Idle)
        {
            Remove(oldest);
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _byLastView.Remove(node);
        _byId.Remove(node.Value.Batch.Id);
        _bytes -= node.Value.Bytes;
    }

    private sealed class Entry(ReadBatch batch, long bytes)
    {
        public ReadBatch Batch { get; } = batch;
        public long Bytes { get; } = bytes;
        public DateTimeOffset LastView { get; set; }
    }
}
