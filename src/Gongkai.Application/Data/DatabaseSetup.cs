using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Application.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// Which database to use: <c>Database:Provider</c> (Sqlite, the embedded default, or Postgres) and
/// <c>ConnectionStrings:Default</c>. Without a connection string the embedded database is
/// <c>data/gongkai.db</c> under the repository (or working directory), shared by web and command line.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteMigrations = "Gongkai.Migrations.Sqlite";
    public const string PostgresMigrations = "Gongkai.Migrations.Postgres";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var providerName = configuration["Database:Provider"] ?? "Sqlite";
        if (!Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var provider))
        {
            throw new InvalidOperationException($"Database:Provider 只能是 Sqlite 或 Postgres，配置的是“{providerName}”");
        }

        var connection = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException("使用 PostgreSQL 时须配置 ConnectionStrings:Default，例如 Host=127.0.0.1;Database=gongkai;Username=gongkai;Password=…");
            }

            var dataDirectory = configuration["Gongkai:DataDirectory"] ?? DefaultDataDirectory();
            Directory.CreateDirectory(dataDirectory);
            connection = $"Data Source={Path.Combine(dataDirectory, "gongkai.db")}";
        }

        return new DatabaseSettings(provider, connection);
    }

    /// <summary>The SQLite file, where the embedded database is used.</summary>
    public string? SqliteFile => Provider == DatabaseProvider.Sqlite ? new SqliteConnectionStringBuilder(ConnectionString).DataSource : null;

    public void Apply(DbContextOptionsBuilder options)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(ConnectionString, o => o.MigrationsAssembly(PostgresMigrations));
        }
        else
        {
            options.UseSqlite(ConnectionString, o => o.MigrationsAssembly(SqliteMigrations));
        }
    }

    /// <summary><c>data/</c> beside the solution file when run from a clone, else under the working directory.</summary>
    public static string DefaultDataDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
                {
                    return Path.Combine(dir.FullName, "data");
                }
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), "data");
    }
}

public static class DatabaseSetupExtensions
{
    public static IServiceCollection AddGongkaiDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddDbContext<GongkaiDbContext>(settings.Apply);
        // What the public sees, for every feature's public pages (the catalog's, the published reports).
        services.AddSingleton<PublicContentClock>();
        services.AddScoped<PublicContent>();
        services.AddScoped<IDatabaseStartup>(provider => provider.GetRequiredService<PublicContent>());
        return services;
    }
}
