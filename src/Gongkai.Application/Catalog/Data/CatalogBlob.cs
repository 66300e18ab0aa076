using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.Catalog.Data;

/// <summary>The bytes of an attachment, stored once per SHA-256 (in the database, so backups hold them).</summary>
public sealed class CatalogBlob
{
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
}

internal sealed class CatalogBlobConfiguration : IEntityTypeConfiguration<CatalogBlob>
{
    public void Configure(EntityTypeBuilder<CatalogBlob> blob)
    {
        blob.ToTable("CatalogBlobs");
        blob.HasKey(b => b.Sha256);
        blob.Property(b => b.Sha256).HasMaxLength(64);
    }
}
