using Gongkai.Application.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gongkai.Application.Data;

/// <summary>
/// Brings the database up to date on start (migrations) and, on an empty database with
/// <c>Gongkai:Demo:Enabled</c> (the default outside production), seeds the demo agency and (unless
/// <c>Gongkai:Demo:Catalog</c> is false) its catalog.
/// </summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancel = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<GongkaiDbContext>();
        var settings = provider.GetRequiredService<DatabaseSettings>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Gongkai.Database");

        await db.Database.MigrateAsync(cancel);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers (the public site, backups) go on while one writer saves.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancel);
        }

        foreach (var startup in provider.GetServices<IDatabaseStartup>())
        {
            await startup.RunAsync(cancel);
        }

        var configuration = provider.GetRequiredService<IConfiguration>();
        if (configuration.GetValue("Gongkai:Demo:Enabled", true) && !await db.Agencies.AnyAsync(cancel))
        {
            await provider.GetRequiredService<DemoSeeder>().SeedAsync(cancel);
            logger.LogInformation("Seeded the demo agency {Agency}", DemoSeeder.DemoDepartment);
            if (configuration.GetValue("Gongkai:Demo:Catalog", true))
            {
                var department = await db.Agencies.SingleAsync(a => a.Name == DemoSeeder.DemoDepartment, cancel);
                await provider.GetRequiredService<DemoCatalogSeeder>().SeedAsync(department.Id, cancel);
            }
        }

        await provider.GetRequiredService<Accounts.BootstrapAdmin>().EnsureAsync(cancel);
    }
}
