using System.Diagnostics;

namespace Gongkai.Reading.Tests.Bounds;

/// <summary>
/// The gate every reading of the web host passes (one per core, a bounded queue, “busy” beyond it), and a
/// reading that does not return in time: abandoned with a message at the limit, its permit held until it
/// has really stopped.
/// </summary>
public sealed class GateTests
{
    private static readonly byte[] Sample = File.ReadAllBytes(RepoFiles.SamplePath);

    [Fact]
    public async Task AFullGateAnswersBusyAndAFreeOneReads()
    {
        using var gate = new ReadingGate(permits: 1, queueLimit: 0, TimeSpan.FromSeconds(30));
        var reader = new ReportReader();
        var held = await gate.EnterAsync();
        Assert.NotNull(held);

        var busy = await reader.ReadAsync(Sample, "genhe.txt", gate: gate);
        held.Dispose();
        var read = await reader.ReadAsync(Sample, "genhe.txt", gate: gate);

        Assert.True(busy.Busy);
        Assert.Equal(ReadOutcome.Failed, busy.Outcome);
        Assert.Null(busy.Figures);
        Assert.Contains("服务器正忙", busy.Message, StringComparison.Ordinal);
        Assert.False(read.Busy);
        Assert.Equal(ReadOutcome.Read, read.Outcome);
        Assert.Equal(0, gate.Running);
    }

    [Fact]
    public async Task AWaitThatRunsOutIsBusyAndTheQueueEmpties()
    {
        using var gate = new ReadingGate(permits: 1, queueLimit: 1, TimeSpan.FromMilliseconds(200));
        using var held = await gate.EnterAsync();

        var waited = await new ReportReader().ReadAsync(Sample, "genhe.txt", gate: gate);

        Assert.True(waited.Busy);
        Assert.Equal(0, gate.Waiting);
        Assert.Equal(1, gate.Running);
    }

    [Fact]
    public async Task AnUploadTurnedAwayWholeIsBusy()
    {
        using var gate = new ReadingGate(permits: 1, queueLimit: 0, TimeSpan.FromSeconds(30));
        using var held = await gate.EnterAsync();

        var upload = await new UploadReader(new ReportReader(), gate).ReadAsync([("a.txt", Sample), ("b.txt", Sample)]);

        Assert.True(upload.Busy);
        Assert.Equal(gate.BusyMessage, upload.BusyMessage);
        Assert.Equal(["a.txt", "b.txt"], upload.Results.Select(r => r.FileName));
        Assert.All(upload.Results, r => Assert.True(r.Busy));
    }

    /// <summary>A stage that ignores the deadline (as a stalled library would) is abandoned at the limit; its permit stays taken until it ends.</summary>
    [Fact]
    public async Task AReadingPastItsLimitIsAbandonedAndKeepsItsPermitUntilItStops()
    {
        using var release = new ManualResetEventSlim();
        using var gate = new ReadingGate(permits: 1, queueLimit: 4, TimeSpan.FromSeconds(30));
        var reader = new ReportReader(new ReadLimits(TimePerFile: TimeSpan.FromMilliseconds(300))) { StallAfterExtraction = () => release.Wait() };
        var clock = Stopwatch.StartNew();

        var result = await reader.ReadAsync(Sample, "genhe.txt", gate: gate);
        var answered = clock.Elapsed;
        var stillRunning = gate.Running;
        release.Set();
        while (gate.Running > 0 && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(10);
        }

        Assert.Equal(ReadOutcome.Failed, result.Outcome);
        Assert.Null(result.Figures);
        Assert.Contains("超过时限（0.3 秒）", result.Message, StringComparison.Ordinal);
        Assert.True(answered < TimeSpan.FromSeconds(3), $"answered after {answered}");
        Assert.Equal(1, stillRunning);
        Assert.Equal(0, gate.Running);
    }

    [Fact]
    public void TheBlockingReadIsAbandonedAtItsLimitToo()
    {
        using var release = new ManualResetEventSlim();
        var reader = new ReportReader(new ReadLimits(TimePerFile: TimeSpan.FromMilliseconds(300))) { StallAfterExtraction = () => release.Wait() };

        var result = reader.Read(Sample, "genhe.txt");
        release.Set();

        Assert.Equal(ReadOutcome.Failed, result.Outcome);
        Assert.Contains("时限", result.Message, StringComparison.Ordinal);
    }
}
