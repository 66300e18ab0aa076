using Gongkai.Application.AnnualReports.Export;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Application.AnnualReports;

public static class AnnualReportsServices
{
    /// <summary>The annual report's use cases and exports.</summary>
    public static IServiceCollection AddAnnualReports(this IServiceCollection services)
    {
        services.AddScoped<ReportQueries>();
        services.AddScoped<ReportCommands>();
        services.AddScoped<ReportAggregation>();
        services.AddSingleton<ReportExporter>();
        return services;
    }
}
