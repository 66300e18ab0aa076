using Gongkai.Application.Accounts;
using Gongkai.Application.Audit;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
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

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite has no timestamp type and cannot order DateTimeOffset text; store UTC ticks instead.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Agency>(agency =>
        {
            agency.Property(a => a.Name).HasMaxLength(100);
            agency.HasIndex(a => a.Name).IsUnique();
            agency.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
            agency.HasOne<Agency>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<AnnualReport>(report =>
        {
            report.HasIndex(r => new { r.AgencyId, r.Year, r.Version }).IsUnique();
            report.HasIndex(r => new { r.Year, r.Status });
            report.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
            report.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            report.Property(r => r.Revision).IsConcurrencyToken();
            report.Property(r => r.UpdatedBy).HasMaxLength(100);
            report.Property(r => r.SubmittedBy).HasMaxLength(100);
            report.Property(r => r.PublishedBy).HasMaxLength(100);
            report.Property(r => r.ContentSha256).HasMaxLength(64);
            report.Property(r => r.PublishReason).HasMaxLength(2000);
            report.Property(r => r.ReturnReason).HasMaxLength(2000);
            report.Ignore(r => r.Figures);
            report.ComplexProperty(r => r.Narrative);
        });

        builder.Entity<AuditEntry>(entry =>
        {
            entry.HasIndex(e => e.At);
            entry.Property(e => e.Actor).HasMaxLength(100);
            entry.Property(e => e.Action).HasMaxLength(50);
            entry.Property(e => e.Subject).HasMaxLength(100);
        });

        builder.Entity<StaffUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(50);
            user.HasOne<Agency>().WithMany().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
