namespace Gongkai.Reading.Solving;

/// <summary>
/// Bounds one table's split search: a node count (every cell length tried is a node) and the file's
/// deadline. When either runs out the search stops and the cells it could not prove stay null.
/// </summary>
internal sealed class SolveBudget(long nodes, ReadDeadline deadline)
{
    private long _remaining = nodes;

    public long Limit { get; } = nodes;

    public bool Exhausted { get; private set; }

    public long Used => Limit - Math.Max(0, _remaining);

    /// <summary>Counts one node; false once the budget is spent.</summary>
    public bool Tick()
    {
        if (Exhausted)
        {
            return false;
        }

        if (--_remaining < 0 || ((_remaining & 0xFFF) == 0 && deadline.IsPast))
        {
            Exhausted = true;
            return false;
        }

        return true;
    }
}

/// <summary>
/// The time by which one file must be done, and the caller's cancellation. A scanned PDF may move it once,
/// to the time allowed for OCR (<see cref="ExtendTo"/>); whoever waits for the reading reads <see cref="Remaining"/> again.
/// </summary>
internal sealed class ReadDeadline(TimeSpan allowed, CancellationToken cancel)
{
    private readonly long _start = System.Diagnostics.Stopwatch.GetTimestamp();
    private long _end = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(allowed.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);

    public static ReadDeadline None => new(TimeSpan.FromDays(1), CancellationToken.None);

    public CancellationToken Cancel { get; } = cancel;

    /// <summary>The whole time allowed, from the start.</summary>
    public TimeSpan Allowed { get; private set; } = allowed;

    public bool IsPast => Cancel.IsCancellationRequested || System.Diagnostics.Stopwatch.GetTimestamp() > Volatile.Read(ref _end);

    public TimeSpan Remaining => TimeSpan.FromSeconds((double)(Volatile.Read(ref _end) - System.Diagnostics.Stopwatch.GetTimestamp()) / System.Diagnostics.Stopwatch.Frequency);

    /// <summary>Allows <paramref name="total"/> from the start instead (never less than already allowed).</summary>
    public void ExtendTo(TimeSpan total)
    {
        if (total > Allowed)
        {
            Allowed = total;
            Volatile.Write(ref _end, _start + (long)(total.TotalSeconds * System.Diagnostics.Stopwatch.Frequency));
        }
    }

    /// <summary>Throws <see cref="ReadTimeoutException"/> past the deadline, <see cref="OperationCanceledException"/> on cancel.</summary>
    public void Check()
    {
        Cancel.ThrowIfCancellationRequested();
        if (System.Diagnostics.Stopwatch.GetTimestamp() > Volatile.Read(ref _end))
        {
            throw new ReadTimeoutException();
        }
    }
}

/// <summary>The file took longer than <see cref="ReadLimits.TimePerFile"/>.</summary>
internal sealed class ReadTimeoutException : Exception
{
    public ReadTimeoutException()
        : base("读取超时")
    {
    }
}
