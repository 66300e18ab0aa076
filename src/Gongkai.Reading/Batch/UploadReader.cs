namespace Gongkai.Reading;

/// <summary>
/// The files of one upload (年报体检), read one at a time through the process's <see cref="ReadingGate"/>,
/// then audited together (<see cref="SeriesAudit"/>). One request never holds more than one permit, so a
/// request of 100 files cannot take every core, and between its files other requests get their turn.
/// Where the gate turns a file away, that file (and each after it) is Failed with the gate's message and
/// <see cref="ReadResult.Busy"/>; nothing is half read.
/// </summary>
public sealed class UploadReader(ReportReader reader, ReadingGate gate, double similarityThreshold = 0.5)
{
    public ReadingGate Gate => gate;

    public ReportReader Reader => reader;

    public Task<UploadReading> ReadAsync(IReadOnlyList<(string Name, byte[] Content)> files, InputFormat format = InputFormat.Auto, CancellationToken cancel = default) =>
        ReadAsync(files.Select(f => (f.Name, (Func<CancellationToken, Task<byte[]>>)(_ => Task.FromResult(f.Content)))).ToList(), format, cancel);

    /// <summary>
    /// Files whose bytes are loaded only when their turn comes, so that an upload of many files holds one
    /// file in memory at a time (the web host passes the request's buffered form files).
    /// </summary>
    public async Task<UploadReading> ReadAsync(IReadOnlyList<(string Name, Func<CancellationToken, Task<byte[]>> Open)> files, InputFormat format = InputFormat.Auto, CancellationToken cancel = default)
    {
        var results = new List<ReadResult>(files.Count);
        foreach (var (name, open) in files)
        {
            results.Add(results.Count > 0 && results[^1].Busy
                ? results[^1] with { FileName = name }
                : await reader.ReadAsync(await open(cancel).ConfigureAwait(false), name, format, gate, cancel).ConfigureAwait(false));
        }

        var busy = results.Count > 0 && results.TrueForAll(r => r.Busy);
        return new UploadReading(SeriesAudit.Audit(results, similarityThreshold), busy, busy ? gate.BusyMessage : null);
    }
}

/// <summary>
/// What came of one upload. <paramref name="Busy"/>: the gate turned away every file, so nothing was read;
/// a web API answers 503 with Retry-After and <paramref name="BusyMessage"/>.
/// </summary>
public sealed record UploadReading(IReadOnlyList<ReadResult> Results, bool Busy, string? BusyMessage);
