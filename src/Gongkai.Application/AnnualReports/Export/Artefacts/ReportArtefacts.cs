using Gongkai.Application.Data;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Application.AnnualReports.Export.Artefacts;

/// <summary>
/// The downloads of a published version: from storage, else rendered once (<see cref="ArtefactRendering"/>).
/// This is the only way a download reaches LibreOffice for a published version.
/// </summary>
public sealed class ReportArtefacts(GongkaiDbContext db, ArtefactRendering rendering, ArtefactCache cache)
{
    /// <summary>Published and superseded versions are frozen; their exports are artefacts.</summary>
    public static bool IsFrozen(AnnualReport report) => report.Status is ReportStatus.Published or ReportStatus.Superseded;

    public static bool IsArtefact(ExportFormat format) => ReportArtefact.Formats.Contains(format);

    public async Task<ReportArtefact> GetAsync(AnnualReport report, ExportFormat format, CancellationToken cancel = default)
    {
        if (!IsFrozen(report) || !IsArtefact(format))
        {
            throw new InvalidOperationException($"report {report.Id} ({report.Status}) has no {format} artefact");
        }

        // A caller who goes away stops waiting; the rendering goes on for the others and for storage.
        return cache.Find(report.Id, format) ?? cache.Keep(
            await ArtefactRendering.FindAsync(db, report.Id, format, cancel)
            ?? await rendering.RenderOnceAsync(report.Id, format).WaitAsync(cancel));
    }
}
