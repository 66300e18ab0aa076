using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.AnnualReports;
using Gongkai.Application.Audit;
using Gongkai.Application.Data;
using Gongkai.Application.Demo;
using Gongkai.Application.Operations;
using Gongkai.Application.Reporting.Pdf;
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
        services.AddScoped<ReportQueries>();
        services.AddScoped<ReportCommands>();
        services.AddScoped<ReportAggregation>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<BootstrapAdmin>();
        services.AddScoped<StaffAdministration>();
        services.AddScoped<OwnPassword>();
        services.AddSingleton<PdfConverter>();
        services.AddSingleton<Reporting.ReportExporter>();
        services.AddSingleton<DatabaseBackup>();
        return services.AddIdentityCore<StaffUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GongkaiDbContext>();
    }
}
