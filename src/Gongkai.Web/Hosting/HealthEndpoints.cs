using Gongkai.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Hosting;

public static class HealthEndpoints
{
    /// <summary>/healthz: 200 when the database answers a query, 503 otherwise. For load balancers and monitoring.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", async (GongkaiDbContext db, DatabaseSettings settings, CancellationToken cancel) =>
        {
            try
            {
                var agencies = await db.Agencies.CountAsync(cancel);
                return Results.Json(new { status = "ok", database = settings.Provider.ToString(), agencies });
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
            {
                return Results.Json(new { status = "unavailable", database = settings.Provider.ToString(), error = ex.GetType().Name },
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous().DisableAntiforgery();
}
