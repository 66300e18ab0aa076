using Gongkai.Application.Catalog.Review;
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
        return services;
    }
}
