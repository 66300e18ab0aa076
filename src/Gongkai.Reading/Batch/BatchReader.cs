namespace Gongkai.Reading;

/// <summary>
/// Reads many files on every core and audits them together (<see cref="SeriesAudit"/>: C6, C7 and C11
/// between consecutive years of the same agency). Results come back in the order of the files.
/// </summary>
public sealed class BatchReader(ReportReader reader, InputFormat format = InputFormat.Auto, double similarityThreshold = 0.5)
{
    public IReadOnlyList<ReadResult> Read(IReadOnlyList<string> files, IProgress<int>? progress = null, CancellationToken cancel = default)
    {
        var results = new ReadResult[files.Count];
        var done = 0;
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel }, i =>
        {
            results[i] = reader.ReadFile(files[i], format, cancel);
            progress?.Report(Interlocked.Increment(ref done));
        });
        return SeriesAudit.Audit(results, similarityThreshold);
    }

    /// <summary>Uploaded files (name and bytes), as the web page receives them.</summary>
    public IReadOnlyList<ReadResult> Read(IReadOnlyList<(string Name, byte[] Content)> uploads, CancellationToken cancel = default)
    {
        var results = new ReadResult[uploads.Count];
        Parallel.For(0, uploads.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel }, i =>
            results[i] = reader.Read(uploads[i].Content, uploads[i].Name, format, cancel));
        return SeriesAudit.Audit(results, similarityThreshold);
    }
}
