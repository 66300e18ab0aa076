using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalog.Enforcement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.Catalog.Data;

/// <summary>The enforcement register; the bulk import writes these columns by name (<see cref="Enforcement.EnforcementBulkInsert"/>).</summary>
internal sealed class EnforcementRecordConfiguration : IEntityTypeConfiguration<EnforcementRecord>
{
    public void Configure(EntityTypeBuilder<EnforcementRecord> record)
    {
        record.ToTable(Enforcement.EnforcementBulkInsert.Table);
        record.HasKey(r => r.Id);
        record.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Cascade);
        record.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        record.Property(r => r.Number).HasMaxLength(EnforcementRecord.NumberMax);
        record.Property(r => r.Name).HasMaxLength(EnforcementRecord.NameMax);
        record.Ignore(r => r.Amount);
        // The re-import key; its AgencyId prefix also serves the report's aggregation and the register's list.
        record.HasIndex(r => new { r.AgencyId, r.Kind, r.IsMatter, r.Number }).IsUnique();
    }
}
