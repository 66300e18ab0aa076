using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.Reading.Data;

internal sealed class StoredCheckupConfiguration : IEntityTypeConfiguration<StoredCheckup>
{
    public void Configure(EntityTypeBuilder<StoredCheckup> checkup)
    {
        checkup.ToTable("StoredCheckups");
        checkup.HasKey(c => c.Id);
        checkup.Property(c => c.Id).HasMaxLength(32);
        checkup.Property(c => c.Owner).HasMaxLength(256);
        checkup.Property(c => c.Summary).HasMaxLength(300);
        // 我的体检 lists one owner's batches, newest first; the quota sums their bytes.
        checkup.HasIndex(c => new { c.Owner, c.CreatedAt });
        checkup.HasMany(c => c.Files).WithOne().HasForeignKey(f => f.CheckupId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredCheckupFileConfiguration : IEntityTypeConfiguration<StoredCheckupFile>
{
    public void Configure(EntityTypeBuilder<StoredCheckupFile> file)
    {
        file.ToTable("StoredCheckupFiles");
        file.HasKey(f => new { f.CheckupId, f.Number });
        file.Property(f => f.CheckupId).HasMaxLength(32);
    }
}
