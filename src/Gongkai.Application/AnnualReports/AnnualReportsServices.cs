using Gongkai.Application.AnnualReports.Export;
using Gongkai.Application.AnnualReports.Export.Artefacts;
using Gongkai.Application.Data;
using Gongkai.Application.AnnualReports.FromRecords;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Application.AnnualReports;

public static class AnnualReportsServices
{
    /// <summary>The annual report's use cases and exports, and the published versions' stored artefacts.</summary>
    public static IServiceCollection AddAnnualReports(this IServiceCollection services)
    {
        services.AddScoped<ReportQueries>();
        services.AddScoped<ReportCommands>();
        services.AddScoped<ReportAggregation>();
        services.AddSingleton<ReportExporter>();
        services.AddScoped<ReportArtefacts>();
        services.AddSingleton<ArtefactRendering>();
        services.AddSingleton<ArtefactCache>();
        services.AddSingleton<ArtefactBacklog>();
        services.AddSingleton<PublicationInterceptor>();
        services.ConfigureDbContext<GongkaiDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<PublicationInterceptor>()));
        // Started by the web host only; the command line builds a plain service provider.
        services.AddHostedService<ArtefactBackgroundRenderer>();
        services.AddScoped<ApplicationStatistics>();
        services.AddScoped<IReportRecordSource, ApplicationRecordSource>();
        services.AddScoped<ReportFromRecords>();
        return services;
    }
}
