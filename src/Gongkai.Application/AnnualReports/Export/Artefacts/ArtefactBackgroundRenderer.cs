using Gongkai.Application.Data;
using Gongkai.Application.Documents;
using Gongkai.Domain.AnnualReports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gongkai.Application.AnnualReports.Export.Artefacts;

/// <summary>
/// Renders published versions' artefacts off the request path: each version queued at its publication
/// and, at start, every published or superseded version that misses one (the demo's, a restored
/// backup's, after an upgrade). One version at a time, through the same single flight and conversion
/// slots as downloads; a failure is logged and left to the first download.
/// <c>Gongkai:Artefacts:RenderInBackground</c> (default true) turns this off; downloads still render
/// what is missing, once.
/// </summary>
internal sealed partial class ArtefactBackgroundRenderer(
    ArtefactBacklog queue, ArtefactRendering rendering, PdfConverter pdf, IServiceScopeFactory scopes, IConfiguration configuration,
    ILogger<ArtefactBackgroundRenderer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Gongkai:Artefacts:RenderInBackground", true))
        {
            return;
        }

        await Task.Yield();
        var formats = ReportArtefact.Formats;
        if (pdf.FindSoffice() is null)
        {
            LogNoLibreOffice();
            formats = [.. formats.Where(f => f != ExportFormat.Pdf)];
        }

        var missing = await MissingAsync(stoppingToken);
        if (missing.Count > 0)
        {
            LogMissing(missing.Count);
        }

        missing.ForEach(queue.Enqueue);
        await foreach (var reportId in queue.Reader.ReadAllAsync(stoppingToken))
        {
            foreach (var format in formats)
            {
                try
                {
                    await rendering.RenderOnceAsync(reportId, format).WaitAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(ex, format, reportId);
                }
            }
        }
    }

    /// <summary>Published and superseded versions missing an artefact, the current ones and the latest years first.</summary>
    private async Task<List<int>> MissingAsync(CancellationToken cancel)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var count = ReportArtefact.Formats.Count;
        return await db.AnnualReports.AsNoTracking()
            .Where(r => r.Status == ReportStatus.Published || r.Status == ReportStatus.Superseded)
            .Where(r => db.Set<ReportArtefact>().Count(a => a.ReportId == r.Id) < count)
            .OrderBy(r => r.Status == ReportStatus.Published ? 0 : 1).ThenByDescending(r => r.Year).ThenByDescending(r => r.Version)
            .Select(r => r.Id)
            .ToListAsync(cancel);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rendering the missing artefacts of {Count} published versions in the background")]
    private partial void LogMissing(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LibreOffice (soffice) not found: published versions' PDFs are not rendered in the background; a download answers 503 with the install command")]
    private partial void LogNoLibreOffice();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not render the {Format} of report {ReportId} in the background; the first download will try again")]
    private partial void LogFailed(Exception error, ExportFormat format, int reportId);
}
