using Gongkai.Application.Catalog.Import;
using Gongkai.Application.Catalog.Portal;
using Gongkai.Application.Catalog.Review;
using Gongkai.Application.Catalog.Search;
using Gongkai.Application.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Application.Catalog;

public static class CatalogServices
{
    /// <summary>The catalog's use cases: registration, review, publication, settings and the ledger.</summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddScoped<CatalogQueries>();
        services.AddScoped<CatalogCommands>();
        services.AddScoped<CatalogSettingsStore>();
        services.AddScoped<CatalogPublication>();
        services.AddScoped<IndexNumbers>();
        services.AddScoped<ReviewLedger>();
        services.AddScoped<InterpretationRule>();
        services.AddScoped<ICatalogSearchEngine>(provider => provider.GetRequiredService<DatabaseSettings>().Provider == DatabaseProvider.Postgres
            ? new PostgresSearchEngine(provider.GetRequiredService<GongkaiDbContext>(), provider.GetRequiredService<TimeProvider>())
            : new Fts5SearchEngine(provider.GetRequiredService<GongkaiDbContext>()));
        services.AddScoped<SearchIndexing>();
        services.AddScoped<IDatabaseStartup>(provider => provider.GetRequiredService<SearchIndexing>());
        services.AddScoped<CatalogSearch>();
        services.AddScoped<SearchFacets>();
        services.AddScoped<Reporting.TableTwoFigures>();
        services.AddScoped<Enforcement.EnforcementFigures>();
        services.AddScoped<Enforcement.EnforcementImport>();
        services.AddScoped<Enforcement.EnforcementRegister>();
        services.AddScoped<Enforcement.DualPublicity>();
        // 从办理记录填入 asks every record source; the catalog gives table 二 (一), the enforcement register (五)(六)(八)(九).
        services.AddScoped<AnnualReports.FromRecords.IReportRecordSource, Reporting.CatalogRecordSource>();
        services.AddScoped<Reporting.OverdueItems>();
        services.AddScoped<Inspection.InspectionSelfCheck>();
        services.AddScoped<PortalQueries>();
        services.AddScoped<CatalogImport>();
        return services;
    }
}
