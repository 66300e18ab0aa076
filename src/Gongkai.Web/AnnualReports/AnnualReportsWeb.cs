using Gongkai.Web.AnnualReports.Api;

namespace Gongkai.Web.AnnualReports;

/// <summary>The annual report's endpoints (its pages are found by Razor Pages in this folder).</summary>
public static class AnnualReportsWeb
{
    public static void MapAnnualReports(this IEndpointRouteBuilder app)
    {
        app.MapReportApi();
        app.MapExports();
        app.MapCheckApi();
    }
}
