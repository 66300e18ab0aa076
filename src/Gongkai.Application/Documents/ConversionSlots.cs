using System.Collections.Concurrent;
using System.Diagnostics;

namespace Gongkai.Application.Documents;

/// <summary>How a caller waits for a conversion slot.</summary>
public enum PdfQueueing
{
    /// <summary>A request (a draft's PDF): waits in the bounded queue, refused at once with Retry-After when it is full.</summary>
    RefuseWhenBusy,

    /// <summary>Finite work bounded by the data (a published version's missing artefact): waits for a slot, never refused.</summary>
    WaitForSlot,
}

/// <summary>
/// At most MaxConcurrent conversions at once and at most QueueLimit requests waiting for one; past that a
/// request is refused at once, so that a burst of downloads cannot pile up behind LibreOffice. Work that
/// waits for a slot (<see cref="PdfQueueing.WaitForSlot"/>) is not counted: it is one per published
/// version and format, at most, and the artefacts' single flight joins concurrent callers into one.
/// </summary>
internal sealed class ConversionSlots(int maxConcurrent, int queueLimit) : IDisposable
{
    public const string BusyMessage = "PDF 转换繁忙，请稍后再试";

    private readonly SemaphoreSlim _running = new(maxConcurrent, maxConcurrent);
    private int _waiting;
    private long _averageMilliseconds = 2000;

    public async Task<ConversionSlot> EnterAsync(PdfQueueing queueing, CancellationToken cancel)
    {
        if (!_running.Wait(0, CancellationToken.None))
        {
            var counted = queueing == PdfQueueing.RefuseWhenBusy;
            if (counted && Interlocked.Increment(ref _waiting) > queueLimit)
            {
                Interlocked.Decrement(ref _waiting);
                throw new GongkaiException(ProblemKind.Unavailable, BusyMessage) { RetryAfter = RetryAfter() };
            }

            try
            {
                await _running.WaitAsync(cancel);
            }
            finally
            {
                if (counted)
                {
                    Interlocked.Decrement(ref _waiting);
                }
            }
        }

        return new ConversionSlot(this, LibreOfficeProfiles.Lease());
    }

    internal void Leave(TimeSpan took)
    {
        // A running average is enough for a hint of when to come back.
        var average = Volatile.Read(ref _averageMilliseconds);
        Volatile.Write(ref _averageMilliseconds, (average * 3 + (long)took.TotalMilliseconds) / 4);
        _running.Release();
    }

    /// <summary>About when the queue, full now, will have drained: everyone ahead, MaxConcurrent at a time.</summary>
    private TimeSpan RetryAfter()
    {
        var rounds = (double)(queueLimit + maxConcurrent) / maxConcurrent;
        var seconds = Math.Ceiling(rounds * Volatile.Read(ref _averageMilliseconds) / 1000);
        return TimeSpan.FromSeconds(Math.Clamp(seconds, 1, 120));
    }

    public void Dispose() => _running.Dispose();
}

/// <summary>One running conversion: its slot and its LibreOffice profile, both given back on dispose.</summary>
internal sealed class ConversionSlot(ConversionSlots slots, string profile) : IDisposable
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public string Profile { get; } = profile;

    /// <summary>The profile of a LibreOffice that was killed may be half-written: start the next one afresh.</summary>
    public bool DiscardProfile { get; set; }

    public void Dispose()
    {
        LibreOfficeProfiles.Return(Profile, DiscardProfile);
        slots.Leave(Stopwatch.GetElapsedTime(_started));
    }
}

/// <summary>
/// LibreOffice profiles (user installations), one per running conversion: two LibreOffice processes
/// must never share one. Process-wide, because several hosts may live in one process (the tests); a
/// profile that is reused spares LibreOffice its first-start cost (about a second).
/// </summary>
internal static class LibreOfficeProfiles
{
    private static readonly ConcurrentBag<string> Free = [];
    private static int _created;

    public static string Lease() => Free.TryTake(out var profile)
        ? profile
        : Path.Combine(Path.GetTempPath(), $"gongkai-lo-profile-{Environment.ProcessId}-{Interlocked.Increment(ref _created)}");

    public static void Return(string profile, bool discard)
    {
        if (discard && Directory.Exists(profile))
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // LibreOffice recreates what it needs; a leftover file is harmless here.
            }
        }

        Free.Add(profile);
    }
}
