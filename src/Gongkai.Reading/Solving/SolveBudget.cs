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

/// <summary>The time by which one file must be done, and the caller's cancellation.</summary>
internal sealed class ReadDeadline(TimeSpan allowed, CancellationToken cancel)
{
    private readonly long _end = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(allowed.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);

    public static ReadDeadline None => new(TimeSpan.FromDays(1), CancellationToken.None);

    public CancellationToken Cancel { get; } = cancel;

    public bool IsPast => Cancel.IsCancellationRequested || System.Diagnostics.Stopwatch.GetTimestamp() > _end;

    /// <summary>Throws <see cref="ReadTimeoutException"/> past the deadline, <see cref="OperationCanceledException"/> on cancel.</summary>
    public void Check()
    {
        Cancel.ThrowIfCancellationRequested();
        if (System.Diagnostics.Stopwatch.GetTimestamp() > _end)
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
