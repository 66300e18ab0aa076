using System.Diagnostics;
using System.Runtime;

namespace Gongkai.Reading.Tests.Bounds;

/// <summary>
/// What a piece of work costs the process in memory, three ways:
/// <list type="bullet">
/// <item>bytes allocated while it ran (<see cref="GC.GetTotalAllocatedBytes"/>, precise): an upper bound on
/// how far the managed heap can have grown, whatever the GC did meanwhile, and not a sample that can miss a
/// short peak. It is process-wide, so these tests run alone (<see cref="MemoryMeasured"/>);</item>
/// <item>the peak working set over the baseline, sampled every few milliseconds on a background thread: it
/// also sees native memory (zlib, the XML reader's buffers), but can miss a spike between samples;</item>
/// <item>the managed heap after a full compacting collection, against the same before: what the work left behind.</item>
/// </list>
/// </summary>
internal sealed class MemoryProbe : IDisposable
{
    private readonly long _allocatedBefore;
    private readonly long _heapBefore;
    private readonly long _workingSetBefore;
    private readonly Thread _sampler;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private volatile bool _stop;
    private long _peakWorkingSet;

    private MemoryProbe()
    {
        _heapBefore = FullCollection();
        _workingSetBefore = WorkingSet();
        _peakWorkingSet = _workingSetBefore;
        _allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        _sampler = new Thread(Sample) { IsBackground = true, Priority = ThreadPriority.AboveNormal };
        _sampler.Start();
    }

    public long Allocated { get; private set; }

    public long PeakWorkingSetGrowth { get; private set; }

    public long HeapLeftBehind { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    public static MemoryProbe Start() => new();

    /// <summary>Stops measuring (after waiting for readings abandoned but still stopping), and collects fully.</summary>
    public void Stop()
    {
        Elapsed = _clock.Elapsed;
        Allocated = GC.GetTotalAllocatedBytes(precise: true) - _allocatedBefore;
        _stop = true;
        _sampler.Join();
        PeakWorkingSetGrowth = Interlocked.Read(ref _peakWorkingSet) - _workingSetBefore;
        HeapLeftBehind = FullCollection() - _heapBefore;
    }

    public override string ToString() =>
        $"{Elapsed.TotalSeconds:0.00} s; allocated {Mb(Allocated)}; peak working set +{Mb(PeakWorkingSetGrowth)}; heap after full GC {(HeapLeftBehind >= 0 ? "+" : "")}{Mb(HeapLeftBehind)}";

    public void Dispose()
    {
        _stop = true;
        _sampler.Join();
    }

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:0.0} MB";

    private void Sample()
    {
        while (!_stop)
        {
            var now = WorkingSet();
            if (now > Interlocked.Read(ref _peakWorkingSet))
            {
                Interlocked.Exchange(ref _peakWorkingSet, now);
            }

            Thread.Sleep(2);
        }
    }

    private static long WorkingSet()
    {
        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64;
    }

    private static long FullCollection()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

/// <summary>Memory is measured process-wide, so the tests that measure it run with no other test beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasured
{
    public const string Name = "memory";
}
