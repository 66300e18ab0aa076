using System.Globalization;

namespace Gongkai.Reading;

/// <summary>
/// The one limit on readings running at once, shared by every request of a process: <see cref="Permits"/>
/// readings run (one per core by default), at most <see cref="QueueLimit"/> more wait, each at most
/// <see cref="QueueWait"/>. Beyond that the answer is “busy” (<see cref="BusyMessage"/>) at once, rather
/// than a queue that grows with every upload. A permit is released only when its reading has really ended,
/// abandoned or not.
/// </summary>
public sealed class ReadingGate : IDisposable
{
    private readonly SemaphoreSlim _permits;
    private int _waiting;

    public ReadingGate(int permits, int queueLimit, TimeSpan queueWait)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(queueLimit);
        Permits = permits;
        QueueLimit = queueLimit;
        QueueWait = queueWait;
        _permits = new SemaphoreSlim(permits, permits);
    }

    /// <summary>One reading per core, four waiting per core, each for at most 30 seconds.</summary>
    public static ReadingGate ForThisMachine() => new(Environment.ProcessorCount, 4 * Environment.ProcessorCount, TimeSpan.FromSeconds(30));

    public int Permits { get; }

    public int QueueLimit { get; }

    public TimeSpan QueueWait { get; }

    /// <summary>Readings running now.</summary>
    public int Running => Permits - _permits.CurrentCount;

    /// <summary>Readings waiting for a permit now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>The answer when the gate is full, for the user (an API would send it with 503 and Retry-After).</summary>
    public string BusyMessage => string.Create(CultureInfo.InvariantCulture,
        $"服务器正忙：同时读取的报告已达上限（{Permits} 个正在读取，{QueueLimit} 个排队），请稍后再试");

    /// <summary>A permit (dispose it to release), or null when the queue is full or the wait ran out.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken cancel = default)
    {
        if (_permits.Wait(0, CancellationToken.None))
        {
            return new Permit(_permits);
        }

        if (Interlocked.Increment(ref _waiting) > QueueLimit)
        {
            Interlocked.Decrement(ref _waiting);
            return null;
        }

        try
        {
            return await _permits.WaitAsync(QueueWait, cancel).ConfigureAwait(false) ? new Permit(_permits) : null;
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    public void Dispose() => _permits.Dispose();

    private sealed class Permit(SemaphoreSlim permits) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                permits.Release();
            }
        }
    }
}
