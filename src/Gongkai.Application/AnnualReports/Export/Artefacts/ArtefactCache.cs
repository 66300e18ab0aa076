using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Application.AnnualReports.Export.Artefacts;

/// <summary>
/// Recently served artefacts in memory, bounded by their bytes (<c>Gongkai:Artefacts:CacheMegabytes</c>,
/// default 64; 0 turns it off). An artefact never changes, so nothing is ever invalidated; this only
/// spares the database a large read and the server a large allocation per download of a popular report.
/// </summary>
public sealed class ArtefactCache : IDisposable
{
    public const int DefaultMegabytes = 64;

    private readonly MemoryCache? _cache;

    public ArtefactCache(IConfiguration configuration)
    {
        var megabytes = configuration.GetValue("Gongkai:Artefacts:CacheMegabytes", DefaultMegabytes);
        if (megabytes < 0)
        {
            throw new InvalidOperationException($"Gongkai:Artefacts:CacheMegabytes 须不小于 0，配置的是 {megabytes}");
        }

        _cache = megabytes == 0 ? null : new MemoryCache(new MemoryCacheOptions { SizeLimit = megabytes * 1024L * 1024 });
    }

    public ReportArtefact? Find(int reportId, ExportFormat format) =>
        _cache is not null && _cache.TryGetValue((reportId, format), out ReportArtefact? artefact) ? artefact : null;

    public ReportArtefact Keep(ReportArtefact artefact)
    {
        _cache?.Set((artefact.ReportId, artefact.Format), artefact, new MemoryCacheEntryOptions { Size = artefact.Content.Length });
        return artefact;
    }

    public void Dispose() => _cache?.Dispose();
}
