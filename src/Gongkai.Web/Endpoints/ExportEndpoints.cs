using Gongkai.Application.Agencies;
using Gongkai.Application.AnnualReports;
using Gongkai.Application.Reporting;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.Endpoints;

/// <summary>
/// Downloads in HTML, DOCX, XLSX, PDF and JSON: for staff any report they may see (drafts included),
/// for everyone the published versions. The JSON of a published report carries its SHA-256.
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
        }).RequireAuthorization(WebServices.StaffPolicy);

        app.MapGet("/reports/{agencyId:int}/{year:int}/download/{format}", async (int agencyId, int year, string format, int? version, HttpContext http, ReportQueries queries, AgencyDirectory agencies, ReportExporter exporter, CancellationToken cancel) =>
        {
            var report = await queries.GetPublicAsync(agencyId, year, version, cancel);
            var agency = await agencies.FindAsync(agencyId, cancel);
            return await FileAsync(http, ReportDocument.From(report, agency!.Name), format, exporter, cancel);
        });
    }

    private static async Task<IResult> FileAsync(HttpContext http, ReportDocument document, string format, ReportExporter exporter, CancellationToken cancel)
    {
        if (!ReportExporter.TryParseFormat(format, out var kind))
        {
            throw GongkaiException.Invalid($"不支持的导出格式“{format}”：可选 html、docx、xlsx、pdf、json");
        }

        var file = await exporter.ExportAsync(document, kind, cancel);
        if (kind == ExportFormat.Json && document.Sha256 is { } sha)
        {
            // RFC 9530: lets a client verify the download against the hash shown on the public page.
            http.Response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(sha))}:";
            http.Response.Headers["X-Content-SHA256"] = sha;
        }

        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
