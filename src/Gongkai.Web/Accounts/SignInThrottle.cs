using Microsoft.Extensions.Caching.Memory;

namespace Gongkai.Web.Accounts;

/// <summary>
/// Failed sign-ins counted per address: after <see cref="MaxFailures"/> in <see cref="Window"/> the address
/// is refused without any password being checked. With the account lockout's longer count (20), one visitor
/// can neither guess on nor keep someone else's account locked (docs/operations.md). Bounded in memory;
/// per server (several servers each count their own).
/// </summary>
public sealed class SignInThrottle(TimeProvider clock) : IDisposable
{
    public const int MaxFailures = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly MemoryCache _failures = new(new MemoryCacheOptions { SizeLimit = 100_000, Clock = new SystemClockFrom(clock) });

    public bool IsBlocked(string address) => _failures.TryGetValue(address, out Counter? counter) && counter!.Count >= MaxFailures;

    public void Failed(string address)
    {
        var counter = _failures.GetOrCreate(address, entry =>
        {
            entry.Size = 1;
            entry.AbsoluteExpirationRelativeToNow = Window;
            return new Counter();
        })!;
        Interlocked.Increment(ref counter.Count);
    }

    public void Dispose() => _failures.Dispose();

    private sealed class Counter
    {
        public int Count;
    }

#pragma warning disable CS0618 // MemoryCacheOptions.Clock takes the older ISystemClock; this adapts the injected TimeProvider to it.
    private sealed class SystemClockFrom(TimeProvider clock) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => clock.GetUtcNow();
    }
#pragma warning restore CS0618
}
