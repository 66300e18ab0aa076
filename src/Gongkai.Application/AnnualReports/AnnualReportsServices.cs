using Gongkai.Application.AnnualReports.Export;
using Gongkai.Application.AnnualReports.FromRecords;
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
        services.AddScoped<ApplicationStatistics>();
        services.AddScoped<IReportRecordSource, ApplicationRecordSource>();
        services.AddScoped<ReportFromRecords>();
        return services;
    }
}
