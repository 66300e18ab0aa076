using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.AnnualReports;
using Gongkai.Application.Audit;
using Gongkai.Application.Catalog;
using Gongkai.Application.Calendar;
using Gongkai.Application.Data;
using Gongkai.Application.Demo;
using Gongkai.Application.DisclosureApplications;
using Gongkai.Application.Operations;
using Gongkai.Application.Reading;
using Gongkai.Application.Documents;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gongkai.Application;

public static class ServiceCollectionExtensions
{
    /// <summary>Database, accounts and use cases, for the web host and the command line alike.</summary>
    public static IdentityBuilder AddGongkai(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddGongkaiDatabase(configuration);
        services.AddScoped<AgencyDirectory>();
        services.AddScoped<AuditLog>();
        services.AddAnnualReports();
        services.AddCatalog();
        services.AddCalendar();
        services.AddDisclosureApplications();
        services.AddReading(configuration);
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoCatalogSeeder>();
        services.AddSingleton<PdfConverter>();
        services.AddSingleton<DatabaseBackup>();
        return services.AddAccounts();
    }
}
