using Gongkai.Domain.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.Catalog.Data;

/// <summary>
/// The last 索引号 sequence number given by an agency in a period (a year, a month, or "" for all time).
/// It only grows, in the same transaction as the publication that uses it (see <see cref="IndexNumbers"/>).
/// </summary>
public sealed class IndexSequence
{
    public int AgencyId { get; set; }
    public string Period { get; set; } = "";
    public int Last { get; set; }
}

internal sealed class IndexSequenceConfiguration : IEntityTypeConfiguration<IndexSequence>
{
    public void Configure(EntityTypeBuilder<IndexSequence> sequence)
    {
        sequence.ToTable("CatalogIndexSequences");
        sequence.HasKey(s => new { s.AgencyId, s.Period });
        sequence.Property(s => s.Period).HasMaxLength(6);
        sequence.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
