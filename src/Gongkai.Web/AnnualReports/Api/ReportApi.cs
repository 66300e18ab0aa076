using System.Text.Json;
using Gongkai.Application;
using Gongkai.Application.Agencies;
using Gongkai.Application.AnnualReports;
using Gongkai.Domain.AnnualReports;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;

namespace Gongkai.Web.AnnualReports.Api;

/// <summary>
/// The staff API over reports (JSON; refusals as RFC 7807 problem details in Chinese). Changes need
/// the anti-forgery header and the report's revision in If-Match; a stale revision gets 409.
/// </summary>
public static class ReportApi
{
    public static void MapReportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Policies.Staff).DisableAntiforgery();

        api.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
            Results.Json(new { token = antiforgery.GetAndStoreTokens(http).RequestToken, header = "X-CSRF-TOKEN" }));

        api.MapGet("/reports", async (HttpContext http, ReportQueries queries, CancellationToken cancel) =>
            Results.Json(await queries.ListAsync(http.Staff(), cancel)));

        api.MapGet("/reports/{id:int}", async (int id, HttpContext http, ReportQueries queries, AgencyDirectory agencies, CancellationToken cancel) =>
        {
            var report = await queries.GetAsync(http.Staff(), id, cancel);
            http.Response.Headers.ETag = StaffEndpointExtensions.ETag(report.Revision);
            return Results.Json(await ReportView.CreateAsync(http.Staff(), report, queries, agencies, cancel));
        });

        api.MapPost("/reports", async (CreateReport body, HttpContext http, ReportCommands commands, ReportQueries queries, AgencyDirectory agencies, CancellationToken cancel) =>
        {
            await http.RequireAntiforgeryAsync();
            var report = await commands.CreateAsync(http.Staff(), body.AgencyId, body.Year, cancel);
            return Results.Created($"/api/reports/{report.Id}", await ReportView.CreateAsync(http.Staff(), report, queries, agencies, cancel));
        });

        api.MapPut("/reports/{id:int}", async (int id, JsonElement body, HttpContext http, ReportCommands commands, ReportQueries queries, AgencyDirectory agencies, CancellationToken cancel) =>
        {
            await http.RequireAntiforgeryAsync();
            var staff = http.Staff();
            var revision = http.RequireRevision();
            var current = await queries.GetAsync(staff, id, cancel);
            var (figures, narrative) = ReportUpdate.Parse(body, current.Narrative);
            AnnualReport report;
            try
            {
                report = await commands.SaveAsync(staff, id, revision, figures, narrative, cancel);
            }
            catch (GongkaiException problem) when (problem.Details.Count > 0)
            {
                throw new GongkaiException(problem.Kind, problem.Message, ReportUpdate.UnderFigures(problem.Details));
            }

            http.Response.Headers.ETag = StaffEndpointExtensions.ETag(report.Revision);
            return Results.Json(await ReportView.CreateAsync(http.Staff(), report, queries, agencies, cancel));
        });

        MapAction(api, "submit", (c, s, id, rev, _, cancel) => c.SubmitAsync(s, id, rev, cancel));
        MapAction(api, "return", (c, s, id, rev, reason, cancel) => c.ReturnAsync(s, id, rev, reason, cancel)).RequireAuthorization(Policies.Reviewer);
        MapAction(api, "publish", (c, s, id, rev, reason, cancel) => c.PublishAsync(s, id, rev, reason, cancel)).RequireAuthorization(Policies.Reviewer);

        api.MapPost("/reports/{id:int}/correct", async (int id, HttpContext http, ReportCommands commands, ReportQueries queries, AgencyDirectory agencies, CancellationToken cancel) =>
        {
            await http.RequireAntiforgeryAsync();
            var correction = await commands.CorrectAsync(http.Staff(), id, cancel);
            return Results.Created($"/api/reports/{correction.Id}", await ReportView.CreateAsync(http.Staff(), correction, queries, agencies, cancel));
        });

        api.MapPost("/agencies/{agencyId:int}/import", async (int agencyId, HttpContext http, ReportCommands commands, ReportQueries queries, AgencyDirectory agencies, CancellationToken cancel) =>
        {
            await http.RequireAntiforgeryAsync();
            using var reader = new StreamReader(http.Request.Body);
            var report = await commands.ImportAsync(http.Staff(), agencyId, await reader.ReadToEndAsync(cancel), cancel);
            return Results.Json(await ReportView.CreateAsync(http.Staff(), report, queries, agencies, cancel), statusCode: StatusCodes.Status201Created);
        });
    }

    private delegate Task<AnnualReport> ReportAction(ReportCommands commands, Application.Accounts.StaffContext staff, int id, int revision, string? reason, CancellationToken cancel);

    private static RouteHandlerBuilder MapAction(RouteGroupBuilder api, string name, ReportAction action) =>
        api.MapPost($"/reports/{{id:int}}/{name}", async (int id, HttpContext http, ReportCommands commands, ReportQueries queries, AgencyDirectory agencies, CancellationToken cancel) =>
        {
            await http.RequireAntiforgeryAsync();
            var reason = http.Request.HasJsonContentType()
                ? (await http.Request.ReadFromJsonAsync<ActionBody>(cancel))?.Reason
                : null;
            var report = await action(commands, http.Staff(), id, http.RequireRevision(), reason, cancel);
            http.Response.Headers.ETag = StaffEndpointExtensions.ETag(report.Revision);
            return Results.Json(await ReportView.CreateAsync(http.Staff(), report, queries, agencies, cancel));
        });

    public sealed record CreateReport(int AgencyId, int Year);

    public sealed record ActionBody(string? Reason);
}
