using System.Collections.Concurrent;
using Gongkai.Application.Agencies;
using Gongkai.Application.Data;
using Gongkai.Application.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gongkai.Application.AnnualReports.Export.Artefacts;

/// <summary>
/// Renders a published version's missing artefact and stores it, once: concurrent callers for the same
/// (version, format), whether downloads or the background renderer, wait for the one rendering instead
/// of each starting LibreOffice. The rendering belongs to no request (it is not cancelled when the first
/// caller goes away) and runs in its own scope; it stops with the host.
/// </summary>
public sealed partial class ArtefactRendering(IServiceScopeFactory scopes, ReportExporter exporter, TimeProvider clock, ILogger<ArtefactRendering> logger) : IDisposable
{
    private readonly ConcurrentDictionary<(int ReportId, ExportFormat Format), Lazy<Task<ReportArtefact>>> _flights = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>The stored artefact of a published (or superseded) version, rendered first if it is missing.</summary>
    public Task<ReportArtefact> RenderOnceAsync(int reportId, ExportFormat format) =>
        _flights.GetOrAdd((reportId, format), NewFlight).Value;

    /// <summary>A flight that, once landed (stored or failed), leaves the table: a failure is not remembered.</summary>
    private Lazy<Task<ReportArtefact>> NewFlight((int ReportId, ExportFormat Format) key)
    {
        Lazy<Task<ReportArtefact>>? flight = null;
        flight = new Lazy<Task<ReportArtefact>>(() => FlyAsync(key, flight!));
        return flight;
    }

    private async Task<ReportArtefact> FlyAsync((int ReportId, ExportFormat Format) key, Lazy<Task<ReportArtefact>> flight)
    {
        try
        {
            // Off the first caller's stack: the flight must not finish before it is registered.
            await Task.Yield();
            return await RenderAsync(key.ReportId, key.Format, _stopping.Token);
        }
        finally
        {
            _flights.TryRemove(KeyValuePair.Create(key, flight));
        }
    }

    private async Task<ReportArtefact> RenderAsync(int reportId, ExportFormat format, CancellationToken cancel)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        // Stored meanwhile (by the flight before this one, or by another server on the same database)?
        if (await FindAsync(db, reportId, format, cancel) is { } stored)
        {
            return stored;
        }

        var report = await db.AnnualReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reportId, cancel)
            ?? throw GongkaiException.NotFound();
        if (!ReportArtefacts.IsFrozen(report))
        {
            throw new InvalidOperationException($"report {reportId} is {report.Status}: only published versions have artefacts");
        }

        var agency = await scope.ServiceProvider.GetRequiredService<AgencyDirectory>().FindAsync(report.AgencyId, cancel);
        var file = await exporter.ExportAsync(ReportDocument.From(report, agency!.Name), format, PdfQueueing.WaitForSlot, cancel);
        var artefact = ReportArtefact.Of(reportId, format, file, clock.GetUtcNow());
        db.Add(artefact);
        try
        {
            await db.SaveChangesAsync(cancel);
        }
        catch (DbUpdateException)
        {
            // Another server stored it first: serve what is stored, so that every download has one hash.
            db.ChangeTracker.Clear();
            if (await FindAsync(db, reportId, format, cancel) is { } first)
            {
                return first;
            }

            throw;
        }

        LogRendered(reportId, format, file.Content.Length, artefact.Sha256);
        return artefact;
    }

    internal static Task<ReportArtefact?> FindAsync(GongkaiDbContext db, int reportId, ExportFormat format, CancellationToken cancel) =>
        db.Set<ReportArtefact>().AsNoTracking().FirstOrDefaultAsync(a => a.ReportId == reportId && a.Format == format, cancel);

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rendered the {Format} of report {ReportId}: {Bytes} bytes, SHA-256 {Sha256}")]
    private partial void LogRendered(int reportId, ExportFormat format, int bytes, string sha256);
}
