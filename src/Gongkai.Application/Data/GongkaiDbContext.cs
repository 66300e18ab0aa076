using Gongkai.Application.Accounts;
using Gongkai.Application.Audit;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Catalog;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gongkai.Application.Data;

/// <summary>The one database of the platform: SQLite embedded, PostgreSQL in production (ADR-0001).</summary>
public sealed class GongkaiDbContext(DbContextOptions<GongkaiDbContext> options) : IdentityDbContext<StaffUser>(options)
{
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<AnnualReport> AnnualReports => Set<AnnualReport>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<CatalogItem> CatalogItems => Set<CatalogItem>();
    public DbSet<CatalogSettings> CatalogSettings => Set<CatalogSettings>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite has no timestamp type and cannot order DateTimeOffset text; store UTC ticks instead.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    /// <summary>Each feature maps its own entities (<c>IEntityTypeConfiguration</c> classes in its folder).</summary>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GongkaiDbContext).Assembly);
    }
}
