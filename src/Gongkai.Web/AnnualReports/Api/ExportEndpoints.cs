using Gongkai.Application.Agencies;
using Gongkai.Application.AnnualReports;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Application.AnnualReports.Export.Artefacts;
using Gongkai.Domain.AnnualReports;
using Gongkai.Web.Hosting;
using Microsoft.Net.Http.Headers;

namespace Gongkai.Web.AnnualReports.Api;

/// <summary>
/// Downloads in every export format: for staff any report they may see (drafts included), for everyone
/// the published versions. A published version's downloads are its stored bytes, with their SHA-256 as
/// ETag and digest: the JSON its canonical figures, the other formats artefacts rendered once
/// (ADR-0003). Only a draft's download is rendered on the spot, for staff, through the bounded queue.
/// </summary>
public static class ExportEndpoints
{
    public static void MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/{id:int}/export/{format}", async (int id, string format, HttpContext http, ReportQueries queries, AgencyDirectory agencies, ReportExporter exporter, ReportArtefacts artefacts, CancellationToken cancel) =>
        {
            var report = await queries.GetAsync(http.Staff(), id, cancel);
            var agency = await agencies.FindAsync(report.AgencyId, cancel);
            return await DownloadAsync(http, report, agency!.Name, format, exporter, artefacts, cancel);
        }).RequireAuthorization(Policies.Staff);

        app.MapGet("/reports/{agencyId:int}/{year:int}/download/{format}", async (int agencyId, int year, string format, int? version, HttpContext http, ReportQueries queries, AgencyDirectory agencies, ReportExporter exporter, ReportArtefacts artefacts, CancellationToken cancel) =>
        {
            var report = await queries.GetPublicAsync(agencyId, year, version, cancel);
            var agency = await agencies.FindAsync(agencyId, cancel);
            // A version named in the address never changes; the current one changes when a correction is published.
            http.Response.Headers.CacheControl = version is null ? "public, no-cache" : "public, max-age=31536000, immutable";
            return await DownloadAsync(http, report, agency!.Name, format, exporter, artefacts, cancel);
        }).AllowAnonymous();
    }

    private static async Task<IResult> DownloadAsync(HttpContext http, AnnualReport report, string agencyName, string format, ReportExporter exporter, ReportArtefacts artefacts, CancellationToken cancel)
    {
        var kind = ReportExporter.RequireFormat(format);
        // Stored downloads are served without reading the figures: no parsing, no layout.
        var fileName = ReportDocument.FileNameOf(agencyName, report.Year, report.Version, kind.Extension);
        if (kind.Format == ExportFormat.Json && report.ContentSha256 is { } sha)
        {
            // The stored bytes: exactly what the SHA-256 on the public page describes.
            return Stored(http, System.Text.Encoding.UTF8.GetBytes(report.FiguresJson), kind.ContentType, fileName, sha, report.PublishedAt);
        }

        if (ReportArtefacts.IsFrozen(report) && ReportArtefacts.IsArtefact(kind.Format))
        {
            var artefact = await artefacts.GetAsync(report, kind.Format, cancel);
            return Stored(http, artefact.Content, artefact.ContentType, fileName, artefact.Sha256, artefact.RenderedAt);
        }

        var file = await exporter.ExportAsync(ReportDocument.From(report, agencyName), kind.Format, cancel);
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>Stored bytes with their hash: ETag (304 on If-None-Match), and RFC 9530's Repr-Digest to verify the download.</summary>
    private static IResult Stored(HttpContext http, byte[] content, string contentType, string fileName, string sha256, DateTimeOffset? lastModified)
    {
        http.Response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(sha256))}:";
        http.Response.Headers["X-Content-SHA256"] = sha256;
        return Results.File(content, contentType, fileName, lastModified: lastModified, entityTag: new EntityTagHeaderValue($"\"{sha256}\""));
    }
}
