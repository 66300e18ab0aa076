using Gongkai.Application.Agencies;
using Gongkai.Application.AnnualReports;
using Gongkai.Application.AnnualReports.Export;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.AnnualReports.Api;

/// <summary>
/// Downloads in every export format: for staff any report they may see (drafts included), for everyone
/// the published versions. The JSON of a published report is the stored bytes its SHA-256 describes.
/// </summary>
public static class ExportEndpoints
{
    public static void MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/{id:int}/export/{format}", async (int id, string format, HttpContext http, ReportQueries queries, AgencyDirectory agencies, ReportExporter exporter, CancellationToken cancel) =>
        {
            var report = await queries.GetAsync(http.Staff(), id, cancel);
            var agency = await agencies.FindAsync(report.AgencyId, cancel);
            return await FileAsync(http, ReportDocument.From(report, agency!.Name), format, exporter, cancel);
        }).RequireAuthorization(Policies.Staff);

        app.MapGet("/reports/{agencyId:int}/{year:int}/download/{format}", async (int agencyId, int year, string format, int? version, HttpContext http, ReportQueries queries, AgencyDirectory agencies, ReportExporter exporter, CancellationToken cancel) =>
        {
            var report = await queries.GetPublicAsync(agencyId, year, version, cancel);
            var agency = await agencies.FindAsync(agencyId, cancel);
            return await FileAsync(http, ReportDocument.From(report, agency!.Name), format, exporter, cancel);
        }).AllowAnonymous();
    }

    private static async Task<IResult> FileAsync(HttpContext http, ReportDocument document, string format, ReportExporter exporter, CancellationToken cancel)
    {
        var kind = ReportExporter.RequireFormat(format);
        var file = await exporter.ExportAsync(document, kind.Format, cancel);
        if (kind.Format == ExportFormat.Json && document.Sha256 is { } sha)
        {
            // RFC 9530: lets a client verify the download against the hash shown on the public page.
            http.Response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(sha))}:";
            http.Response.Headers["X-Content-SHA256"] = sha;
        }

        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
