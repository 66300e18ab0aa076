using Gongkai.Application.AnnualReports;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Web.AnnualReports.Api;

/// <summary>POST /api/check: the checks of a report's canonical JSON, for anyone (rate limited like every public endpoint).</summary>
public static class CheckApi
{
    public static void MapCheckApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/check", async (HttpRequest request, CancellationToken cancel) =>
        {
            using var reader = new StreamReader(request.Body);
            var figures = ReportJson.Read(await reader.ReadToEndAsync(cancel), "不是年度报告数据格式（见 docs/report-data.md）");
            var findings = ReportChecker.Check(figures);
            return Results.Json(new { ok = !findings.HasErrors(), findings });
        }).AllowAnonymous().DisableAntiforgery();
}
